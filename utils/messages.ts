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

/** A direction's messages (PopupToContent, ToBackground): each type with what it asks and what it is answered. */
type MessageMap<M> = { [K in keyof M]: { request: unknown; response: unknown } };

/** One message of a direction as it travels: its type and its request. A receiver switches on `type`. */
export type Message<M extends MessageMap<M>> = { [K in keyof M]: { type: K; request: M[K]['request'] } }[keyof M];

/** What a receiver of direction M answers. */
export type Answer<M extends MessageMap<M>> = Promise<M[keyof M]['response']>;

export async function askTab<K extends keyof PopupToContent>(
  tabId: number,
  type: K,
  request: PopupToContent[K]['request'],
): Promise<PopupToContent[K]['response']> {
  const message: Message<PopupToContent> = { type, request };
  return browser.tabs.sendMessage(tabId, message) as Promise<PopupToContent[K]['response']>;
}

export async function askBackground<K extends keyof ToBackground>(
  type: K,
  request: ToBackground[K]['request'],
): Promise<ToBackground[K]['response']> {
  const message: Message<ToBackground> = { type, request };
  return browser.runtime.sendMessage(message) as Promise<ToBackground[K]['response']>;
}

/**
 * A runtime message read as one of direction M, or null for anything not shaped like one. Only
 * Guidepost's own pages and scripts can send them, so the shape is the check; a type the receiver
 * does not know (another version's) reaches its switch's `default`.
 */
export function readMessage<M extends MessageMap<M>>(value: unknown): Message<M> | null {
  const shaped = typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
  return shaped ? (value as Message<M>) : null;
}

/**
 * The `default` of a receiver's switch: the compiler fails there until every type of the direction
 * has its case; at run time a message of an unknown type gets no answer.
 */
export function unanswered(type: never): undefined {
  void type;
  return undefined;
}
