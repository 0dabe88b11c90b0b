import { browser } from 'wxt/browser';

export const UPDATE_ALARM = 'guidepost-pack-update';

/** (Re)creates the periodic update alarm when policy's interval differs from the one set. */
export async function scheduleUpdates(periodInMinutes: number): Promise<void> {
  const existing = await browser.alarms.get(UPDATE_ALARM);
  if (existing?.periodInMinutes === periodInMinutes) return;
  await browser.alarms.create(UPDATE_ALARM, { periodInMinutes, delayInMinutes: periodInMinutes });
}
