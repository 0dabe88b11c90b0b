// window.__replica: what tests read back from a replica page. Texts always come from the
// editor's own state (Draft's ContentState, Lexical's EditorState), never from the DOM.

import type { ReplicaScenario } from './options';

/** Where a composer sits; the frontmost one answers getText() when no box is named. */
export type ComposerBox = 'modal' | 'inline' | 'dialog' | 'comment';
const FRONT_TO_BACK: readonly ComposerBox[] = ['modal', 'dialog', 'inline', 'comment'];

export interface ReplicaApi {
  scenario: ReplicaScenario;
  /** Text of editor `part` (thread parts on X; 0 elsewhere) of the named or frontmost composer. */
  getText(part?: number, box?: ComposerBox): string;
  /** Composers currently mounted, front to back. */
  boxes(): ComposerBox[];
  /** Every text the page posted (one entry per thread part), oldest first. */
  posted: string[];
}

declare global {
  interface Window {
    __replica?: ReplicaApi;
  }
}

type PartsReader = () => string[];
const composers = new Map<ComposerBox, PartsReader>();

export function installReplicaApi(scenario: ReplicaScenario): ReplicaApi {
  const api: ReplicaApi = {
    scenario,
    posted: [],
    boxes: () => FRONT_TO_BACK.filter((box) => composers.has(box)),
    getText(part = 0, box) {
      const chosen = box ?? api.boxes()[0];
      const read = chosen && composers.get(chosen);
      if (!read) throw new Error(`no ${box ?? ''} composer is mounted`);
      const text = read()[part];
      if (text === undefined) throw new Error(`the ${chosen} composer has no part ${part}`);
      return text;
    },
  };
  window.__replica = api;
  return api;
}

/** Called by a composer when it mounts; returns the unregister function for unmount. */
export function registerComposer(box: ComposerBox, read: PartsReader): () => void {
  composers.set(box, read);
  return () => {
    if (composers.get(box) === read) composers.delete(box);
  };
}

export function recordPost(...texts: string[]): void {
  window.__replica?.posted.push(...texts);
}
