import { browser } from 'wxt/browser';
import type { ComposerView, FindingView, OverlayActions, ReviewView, Theme } from '../components/in-page/view-model';
import type { PageSignals } from '../entrypoints/content/sites/site-adapter';
import type { CoachConfig } from '../rules/coach/coach-schema';
import type { DraftContext } from '../rules/schema/context';
import type { Finding } from '../rules/schema/finding';
import type { OrgProfile } from '../rules/schema/profile';
import type { RulePack } from '../rules/schema/pack';
import type { SiteId } from '../rules/sites';

/**
 * Typed messages between the extension's parts, named by direction. The popup and the background
 * ask the content script; the content script and its frames talk over ports; the checks frame and
 * its workers over postMessage. Nothing here ever leaves the browser.
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
  /** True when the last check did not finish in time: nothing is known about this draft. */
  unchecked?: boolean;
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
  /** Opens the options page at one guidance entry, or the library for null (a tip's link: frames in a page cannot open tabs in Firefox). */
  'open-guidance': { request: { id: string | null }; response: undefined };
}

/**
 * The checks Guidepost runs on a draft, each in its own worker with its own time budget, so a slow
 * one is cancelled alone: `rules` is the rule pack (privacy, comment about the employer, opinion);
 * `coach` the tone tips, after it, for organisation accounts (and personal ones the writer chose).
 */
export const PASS_NAMES = ['rules', 'coach'] as const;
export type PassName = (typeof PASS_NAMES)[number];
export interface PassInputs extends Record<PassName, unknown> {
  rules: { pack: RulePack; profile: OrgProfile };
  coach: { coach: CoachConfig; profile: OrgProfile };
}

/** What the content script asks the checks frame to check: the draft and what the page says about it. */
export interface CheckRequest {
  /** Chosen by the content script; each answer carries it back. */
  id: number;
  site: SiteId;
  text: string;
  signals: PageSignals;
}

/** One pass's answer to a check request, with the context the pass read the draft in. */
export type PassAnswer = { id: number; pass: PassName } & (
  | { state: 'checked'; context: DraftContext; findings: FindingView[] }
  /**
   * Not finished within its budget (`timeout`), could not run at all (`failed`), or no answer came
   * back to the content script in time (`no-answer`, when the context is not known either).
   */
  | { state: 'unchecked'; context: DraftContext | null; reason: 'timeout' | 'failed' | 'no-answer' }
);

/** Content script → checks frame. */
export interface ToChecksFrame {
  check: CheckRequest;
}

/** Checks frame → content script. */
export interface FromChecksFrame {
  /** Sent once per pass for each request, as each pass finishes. */
  checked: PassAnswer;
  /** The pack, profile or settings the checks read have changed: every draft needs checking again. */
  'rules-changed': Record<string, never>;
}

/** Everything one composer's nudge frame shows, sent whole each time it changes. */
export interface NudgeState {
  view: ComposerView;
  /** The review prompt before posting, shown by the frame of the first composer that needs it. */
  review: ReviewView | null;
}

/** A call the writer made in a nudge frame, for the content script to carry out. */
export type OverlayAction = { [K in keyof OverlayActions]: { name: K; args: Parameters<OverlayActions[K]> } }[keyof OverlayActions];

/** Content script → a composer's nudge frame. */
export interface ToNudgeFrame {
  show: NudgeState;
}

/** A composer's nudge frame → content script. */
export interface FromNudgeFrame {
  /** `focused`: the frame had the keyboard focus, so closing gives it back to the editor. */
  action: { action: OverlayAction; focused: boolean };
  /** The height the open cards take, so the frame can be made that tall; null when they are closed. */
  size: { panelHeight: number | null };
}

/** A person the boundaries tip may be about: an id of the content script's, their profile key, and what the page shows of their work. */
export interface TipCandidate {
  id: number;
  /** Their profile's id or address (entrypoints/content/sites/facebook.ts `profileKey`): stored only as a salted hash. */
  key: string;
  workLines: string[];
}

/** Content script → the tip frame (the boundaries tip beside a friend request). */
export interface ToTipFrame {
  /**
   * Which of these people's work details name the organisation? The frame holds the profile and the
   * tips' history: it draws the tip for the first not seen before, if none showed today, and records it.
   */
  consider: { candidates: TipCandidate[]; theme: Theme };
}

/** The tip frame → content script. */
export interface FromTipFrame {
  /** The candidate the tip is drawn for, and its height; null when none names the organisation. */
  chosen: { id: number; height: number } | { id: null };
  /** The writer closed the tip (its close button, Escape). */
  dismiss: Record<string, never>;
}

/** Checks frame → a pass's worker. */
export interface ToCheckWorker {
  load: { [P in PassName]: { pass: P; input: PassInputs[P] } }[PassName];
  check: { id: number; text: string; context: DraftContext };
}

/** A pass's worker → checks frame. */
export interface FromCheckWorker {
  /** Compiled and warmed up: checks are timed from here on. */
  ready: Record<string, never>;
  'load-failed': { message: string };
  findings: { id: number; findings: Finding[] };
  'check-failed': { id: number; message: string };
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
  // K and its request agree by the signature; the compiler cannot narrow the union by a generic key.
  const message = { type, request } as Message<ToBackground>;
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

