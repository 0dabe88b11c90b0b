import { useEffect, useState } from 'preact/hooks';
import { askTab, type DraftStatus } from '../../utils/messages';

export type DraftStatusState =
  | { kind: 'loading' }
  /** No content script answered: not an X or Facebook tab, or a page loaded before Guidepost was. */
  | { kind: 'unsupported' }
  | { kind: 'ready'; status: DraftStatus };

/** A content script that does not answer within this time is treated as absent. */
const ANSWER_WITHIN_MS = 2000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no answer')), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

function isDraftStatus(value: unknown): value is DraftStatus {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as DraftStatus).composers) &&
    typeof (value as DraftStatus).watching === 'boolean'
  );
}

/** Asks the tab's content script for its drafts' findings once, when the popup opens. */
export function useDraftStatus(tabId: number | null | undefined): DraftStatusState {
  const [state, setState] = useState<DraftStatusState>({ kind: 'loading' });
  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) {
      setState({ kind: 'unsupported' });
      return;
    }
    let live = true;
    withTimeout(askTab(tabId, 'draft-status', {}), ANSWER_WITHIN_MS).then(
      (status) => live && setState(isDraftStatus(status) ? { kind: 'ready', status } : { kind: 'unsupported' }),
      () => live && setState({ kind: 'unsupported' }),
    );
    return () => {
      live = false;
    };
  }, [tabId]);
  return state;
}
