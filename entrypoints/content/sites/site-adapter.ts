import type { DraftContext } from '../../../rules/schema/context';
import type { SiteId } from '../../../rules/sites';

/** What a composer is, for people: the word on its submit control. */
export type ComposerKind = 'post' | 'reply' | 'comment';

/** What the page says about a draft's circumstances, before the profile and settings are applied. */
export interface PageSignals {
  reply: boolean;
  media: boolean;
  audience: DraftContext['audience'];
  /** The handle or Page name the draft will be posted as, when the page shows it. */
  actingAs: string | null;
}

/** Everything a check needs from one editor, read in one go. */
export interface ComposerSnapshot {
  text: string;
  signals: PageSignals;
  kind: ComposerKind;
  /** The editor's dialog, column or comment form: changes there may change the context. */
  scope: Element;
  /** The controls that post this editor's draft; empty when none can be found. */
  postButtons: HTMLElement[];
}

/** A person the writer may befriend, as a friend-request card or their profile page shows them. */
export interface WorkContact {
  /** Their profile's id or address as the page links it: what Guidepost remembers (hashed), never their name. */
  key: string;
  /** What the page shows of their work: the card's header and "Works at" lines, or the profile's "Works at" line. */
  workLines: string[];
  /** The Confirm / Add friend control: a tip sits beside it, never over it. */
  button: HTMLElement;
}

/**
 * Everything Guidepost knows about one site's markup. Every selector of a site lives in its adapter
 * file as data; a selector that no longer matches gives "not watching", never an exception.
 */
export interface SiteAdapter {
  readonly site: SiteId;
  /** Every editor in the document that Guidepost can watch, in document order. */
  findEditors(root: ParentNode): HTMLElement[];
  /**
   * The editor's text, context and controls, read with one look round its part of the page (each
   * question below asked alone finds the editor's scope again).
   */
  snapshot(editor: HTMLElement): ComposerSnapshot;
  /** The editor's text as the writer sees it, blocks joined by newlines. */
  readText(editor: HTMLElement): string;
  /** The part of the page the editor belongs to (its dialog, column or comment form). */
  scopeOf(editor: HTMLElement): Element;
  kindOf(editor: HTMLElement): ComposerKind;
  readSignals(editor: HTMLElement): PageSignals;
  /** The controls that post what is in this editor; empty when none can be found. */
  postButtons(editor: HTMLElement): HTMLElement[];
  /** The post control that an element (the click target) is part of, if any. */
  postButtonAt(target: Element): HTMLElement | null;
  /**
   * True when this key press posts the editor's draft (Ctrl/Cmd+Enter on X, Enter in a Facebook
   * comment box). Only Enter is ever asked about: the post guard passes every other key straight by.
   */
  isSubmitKey(event: KeyboardEvent, editor: HTMLElement): boolean;
  /**
   * True when the editor has left the page but its draft is still on its way to being posted from the
   * same place (Facebook's "Post settings" step, reached with Next, shows no editor): its session is
   * kept, as last read, and the final Post is held like any other. Sites without such a step leave it out.
   */
  draftOutlivesEditor?(editor: HTMLElement): boolean;
  /** True when the page shows something that looks like a composer but Guidepost cannot watch it (the site's markup changed). */
  hasUnwatchedComposer(doc: Document): boolean;
  /** The signed-in writer's own bio, when the page shows it (their profile page); null elsewhere. */
  ownBio(doc: Document): string | null;
  /**
   * People the page offers to befriend whose work details it shows (friend-request cards, a profile
   * page's Add friend): sites without friend requests leave it out.
   */
  workContacts?(doc: Document): WorkContact[];
  /** True when the editor is one the site's framework owns and accepts synthetic paste into. */
  acceptsPaste(editor: HTMLElement): boolean;
}
