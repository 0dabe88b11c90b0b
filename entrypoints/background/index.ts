import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { readMessage, unanswered, type Answer, type ToBackground } from '../../utils/messages';
import { guidanceHash } from '../../utils/guidance-link';
import { openOnboardingIfNeeded } from '../../utils/onboarding';
import { DEFAULT_UPDATE_MINUTES, readManagedPolicy } from './managed-policy';
import { relayFramePorts } from './frame-relay';
import { createPackUpdater, type UpdateRequest } from './pack-updater';
import { scheduleUpdates, UPDATE_ALARM } from './update-alarm';

export default defineBackground({
  main() {
    const updater = createPackUpdater({
      fetch: (url, init) => fetch(url, init),
      now: () => new Date(),
      readPolicy: () => readManagedPolicy(browser.storage.managed),
    });

    const update = async (request?: UpdateRequest): Promise<ToBackground['refresh-pack']['response']> => {
      let interval = DEFAULT_UPDATE_MINUTES;
      try {
        const result = await updater.update(request);
        interval = result.updateIntervalMinutes;
        return result.error === undefined ? { ok: true } : { ok: false, error: result.error };
      } finally {
        // Scheduled whatever happened: an install must not stop checking for packs because one run failed.
        await scheduleUpdates(interval);
      }
    };

    // The worker's listeners live as long as the worker; there is nothing to tear down.
    // Onboarding waits for the first policy read, so an install an admin manages is never asked.
    browser.runtime.onInstalled.addListener(({ reason }) => {
      void update().then(() => (reason === 'install' ? openOnboardingIfNeeded() : false));
    });
    browser.runtime.onStartup.addListener(() => void update());
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === UPDATE_ALARM) void update();
    });
    browser.storage.onChanged.addListener((_changes, area) => {
      if (area === 'managed') void update({ policyChanged: true });
    });
    if (import.meta.env.FIREFOX) relayFramePorts();
    // runtime messages come only from Guidepost's own pages and content scripts.
    browser.runtime.onMessage.addListener((raw: unknown): Answer<ToBackground> | undefined => {
      const message = readMessage<ToBackground>(raw);
      if (!message) return undefined;
      switch (message.type) {
        case 'refresh-pack':
          return update();
        case 'open-guidance':
          return browser.tabs.create({ url: browser.runtime.getURL(`/options.html${guidanceHash(message.request.id)}`) }).then(() => undefined);
        default:
          // A type this background does not know (another version's): no answer.
          return unanswered(message);
      }
    });
  },
});
