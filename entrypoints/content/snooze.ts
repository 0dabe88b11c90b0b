import type { GuidepostPage } from './guidepost-page';

/** A snooze ends by itself: Guidepost looks for the composers again the moment it does. */
export function init(signal: AbortSignal, page: GuidepostPage): void {
  let timer: number | null = null;
  const arm = () => {
    if (timer !== null) page.view.clearTimeout(timer);
    timer = null;
    const wait = page.settings().snoozeUntil - Date.now();
    if (wait <= 0) return;
    timer = page.view.setTimeout(
      () => {
        page.rescan();
        arm();
      },
      Math.min(wait + 50, 2 ** 31 - 1),
    );
  };
  page.onSettings(arm);
  arm();
  signal.addEventListener('abort', () => timer !== null && page.view.clearTimeout(timer), { once: true });
}
