import { useEffect, useRef } from 'preact/hooks';

/**
 * Puts focus back where the reader was when a detail view closes: the control that opened it
 * (found again by its `data-focus-key`, as the list re-renders), else `fallbackId`.
 * Returns the function to call with the opener's key when opening.
 */
export function useFocusReturn(detailOpen: boolean, fallbackId: string): (key: string) => void {
  const key = useRef<string | null>(null);
  const wasOpen = useRef(detailOpen);
  useEffect(() => {
    if (wasOpen.current && !detailOpen) {
      const opener = key.current ? document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key.current)}"]`) : null;
      (opener ?? document.getElementById(fallbackId))?.focus();
    }
    wasOpen.current = detailOpen;
  }, [detailOpen, fallbackId]);
  return (k: string) => {
    key.current = k;
  };
}
