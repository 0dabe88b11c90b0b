import { browser } from 'wxt/browser';

/**
 * The tab whose draft the popup describes. For people this is the active tab of the window the
 * popup belongs to. `?tab=<id>` names a tab explicitly: tests open popup.html as a page of its
 * own (which then is the active tab), and pass the id of the X or Facebook tab they typed in.
 */
export async function resolveTargetTab(search: string): Promise<number | null> {
  const named = new URLSearchParams(search).get('tab');
  if (named !== null && /^\d{1,10}$/.test(named)) return Number(named);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}
