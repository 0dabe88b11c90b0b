// What a replica page can be asked to show. The harness serialises these into a
// <meta name="replica-options"> tag of the served document (the URL stays the real one),
// and the page reads them back before it renders.

/** Scenarios with a composer to type in. */
export const COMPOSER_SCENARIOS = ['x-timeline', 'x-modal', 'x-reply', 'x-thread', 'fb-post', 'fb-comment'] as const;
/** Pages with no composer: where someone asks to be friends. */
export const FRIEND_PAGE_SCENARIOS = ['fb-friend-requests', 'fb-profile'] as const;
export const REPLICA_SCENARIOS = [...COMPOSER_SCENARIOS, ...FRIEND_PAGE_SCENARIOS] as const;
export type ReplicaScenario = (typeof REPLICA_SCENARIOS)[number];

export type ReplicaAudience = 'Public' | 'Friends' | 'Only me' | 'Custom';
export type ReplicaTheme = 'light' | 'dark';
export type ReplicaLayout = 'desktop' | 'narrow';
export type ReplicaModalKind = 'post' | 'reply' | 'quote';
/** The interface language: French for the Facebook replica, Spanish for X, English for both. */
export type ReplicaLanguage = 'en' | 'fr' | 'es';
export type ReplicaMediaKind = 'photo' | 'video';

export interface ReplicaOptions {
  /** X handle shown in SideNav_AccountSwitcher_Button, e.g. '@jo_smith' (default '@jo_smith'). */
  account?: string;
  /** X display name in the switcher, which may hold an @handle of its own (default 'Jo Smith' for @jo_smith, else the handle). */
  displayName?: string;
  /** Interface language (default 'en'): 'fr' for Facebook, 'es' for X. */
  language?: ReplicaLanguage;
  /** Facebook Page the writer acts as, e.g. 'Fernvale Leisure'; absent means their own profile (Jo Smith). */
  fbActingAs?: string;
  /** Facebook Create post in two steps: Next, then Post on a "Post settings" screen without the editor (default false). */
  fbNextStep?: boolean;
  /** Facebook Create post audience at load (default 'Friends'); the page's own button changes it. */
  audience?: ReplicaAudience;
  /** Start with one image attached to the scenario's composer (default false). */
  media?: boolean;
  /** Facebook: what is attached when `media` is set, shown by its blob: preview (default 'photo'). */
  mediaKind?: ReplicaMediaKind;
  /** Light or dark site theme (default 'light'); X dark is "Lights out" (#000). */
  theme?: ReplicaTheme;
  /** X only: 'narrow' is the mobile layout, a plain <textarea> instead of Draft.js (default 'desktop'). */
  layout?: ReplicaLayout;
  /** X modal only: a reply (the post above the editor, button "Reply") or a quote (the post below) (default 'post'). */
  modalKind?: ReplicaModalKind;
  /**
   * X Draft.js only: this long after the first paste into a box, the box goes back to the draft it held
   * before the paste, as X's Draft.js does when it resets while media attaches (default null: never).
   */
  dropPasteAfterMs?: number | null;
}

export interface ResolvedReplicaOptions extends Required<Omit<ReplicaOptions, 'fbActingAs' | 'displayName' | 'dropPasteAfterMs'>> {
  scenario: ReplicaScenario;
  fbActingAs: string | null;
  displayName: string | null;
  dropPasteAfterMs: number | null;
}

export function resolveReplicaOptions(scenario: ReplicaScenario, options: ReplicaOptions = {}): ResolvedReplicaOptions {
  return {
    scenario,
    account: options.account ?? '@jo_smith',
    displayName: options.displayName ?? null,
    language: options.language ?? 'en',
    mediaKind: options.mediaKind ?? 'photo',
    fbActingAs: options.fbActingAs ?? null,
    audience: options.audience ?? 'Friends',
    media: options.media ?? false,
    fbNextStep: options.fbNextStep ?? false,
    theme: options.theme ?? 'light',
    layout: options.layout ?? 'desktop',
    modalKind: options.modalKind ?? 'post',
    dropPasteAfterMs: options.dropPasteAfterMs ?? null,
  };
}

export const REPLICA_OPTIONS_META = 'replica-options';

/** Page side: the options the harness put in the document. */
export function readReplicaOptions(doc: Document): ResolvedReplicaOptions {
  const content = doc.querySelector(`meta[name="${REPLICA_OPTIONS_META}"]`)?.getAttribute('content');
  if (!content) throw new Error('replica page served without its options meta tag');
  return JSON.parse(content) as ResolvedReplicaOptions;
}
