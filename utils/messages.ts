import { browser } from 'wxt/browser';
import type { DraftContext } from '../rules/schema/context';
import type { Finding } from '../rules/schema/finding';
import type { SiteId } from '../rules/sites';

/**
 * Typed messages between the extension's parts, named by direction. Only the popup and the
 * background exchange them with the content script; nothing here ever leaves the browser.
 */

export interface ComposerStatus {
  /** A stable id for the composer within the tab. */
  id: string;
  site: SiteId;
  /** A label for people: "Post", "Reply", "Comment". */
  label: string;
  context: DraftContext;
  findings: Finding[];
  /** Characters in the draft (the text itself stays in the page). */
  length: number;
  /**
   * The words that caused each finding, parallel to `findings` (`excerpts[i]` belongs to `findings[i]`),
   * built with `findingExcerpt` from utils/finding-excerpt.ts. They only travel inside the browser, to the popup.
   */
  excerpts?: string[];
  /**
   * True when the site's page has changed so Guidepost reads this box with its generic reader: it
   * checks the words but cannot put fixes in or ask before posting.
   */
  basic?: boolean;
}

export interface DraftStatus {
  site: SiteId | null;
  /** False when Guidepost is off for this site, snoozed, or no composer could be found. */
  watching: boolean;
  reason?: 'disabled' | 'snoozed' | 'no-composer' | 'unsupported-markup';
  composers: ComposerStatus[];
}

/** Popup → content script in the active tab. */
export interface PopupToContent {
  'draft-status': { request: Record<string, never>; response: DraftStatus };
}

/** Any page (popup, options, content) → background. */
export interface ToBackground {
  'refresh-pack': { request: Record<string, never>; response: { ok: boolean; error?: string } };
}

export async function askTab<K extends keyof PopupToContent>(
  tabId: number,
  type: K,
  request: PopupToContent[K]['request'],
): Promise<PopupToContent[K]['response']> {
  return browser.tabs.sendMessage(tabId, { type, request }) as Promise<PopupToContent[K]['response']>;
}

export async function askBackground<K extends keyof ToBackground>(
  type: K,
  request: ToBackground[K]['request'],
): Promise<ToBackground[K]['response']> {
  return browser.runtime.sendMessage({ type, request }) as Promise<ToBackground[K]['response']>;
}

export interface Envelope<M, K extends keyof M = keyof M> {
  type: K;
  request: M[K] extends { request: infer R } ? R : never;
}

export function isEnvelope(value: unknown): value is { type: string; request: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
