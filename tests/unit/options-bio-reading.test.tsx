// @vitest-environment happy-dom
// The options page says when Guidepost read the writer's bio and what that changed, so a bio a
// page showed for a moment cannot quietly switch the disclaimer off; and a lock is said to win.
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteSettings } from '../../components/settings/site-settings';
import { useSettings } from '../../components/settings/use-settings';
import { lockedSettingsItem } from '../../utils/settings';
import { bioDisclaimerItem } from '../../utils/storage-items';
import { mountUi, settle, type MountedUi } from './support/mount-ui';

let ui: MountedUi | undefined;

function Sites() {
  const state = useSettings();
  return state ? <SiteSettings state={state} /> : null;
}

/** The options page's X settings, as shown. */
async function xSection(): Promise<string> {
  ui = await mountUi(<Sites />);
  return ui.root.querySelectorAll('fieldset')[0]?.textContent ?? '';
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => ui?.unmount());

describe('options page: what the bio changed', () => {
  it('says when the bio was read and that it stopped the disclaimer prompt, and can forget it', async () => {
    await bioDisclaimerItem.setValue({ x: { saysViewsOwn: true, readAt: '2026-12-01T09:15:00Z' } });
    const text = await xSection();
    expect(text).toMatch(/Your X bio, read 1 Dec 2026, \d\d:15, says your views are your own\. So Guidepost stopped asking for a disclaimer in your X posts\./);
    await act(() => (ui!.root.querySelector('.gp-bio-reading button') as HTMLButtonElement).click());
    await settle();
    expect(await bioDisclaimerItem.getValue()).toEqual({});
    expect(ui!.text()).not.toContain('bio');
  });

  it('says a lock wins: the bio is not used', async () => {
    await lockedSettingsItem.setValue({ 'profileDisclaimer.x': false });
    await bioDisclaimerItem.setValue({ x: { saysViewsOwn: true, readAt: '2026-12-01T09:15:00Z' } });
    const text = await xSection();
    expect(text).toContain('Your organisation decides this setting, so your bio is not used.');
    expect(ui!.root.querySelector('.gp-bio-reading button')).toBeNull();
  });

  it('keeps a verdict stored before read times were recorded', async () => {
    await fakeBrowser.storage.local.set({ bioDisclaimer: { x: true }, bioDisclaimer$: { v: 1 } });
    await bioDisclaimerItem.migrate();
    expect(await bioDisclaimerItem.getValue()).toEqual({ x: { saysViewsOwn: true } });
  });
});
