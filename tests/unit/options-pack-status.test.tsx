// @vitest-environment happy-dom
// What the options page says about the rules in use beyond name and version: rules the
// organisation's words leave out. (An expired pack: pack-update-freshness.test.tsx; ignored
// policy values: policy-any-size.test.tsx.)
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PackStatusView } from '../../components/settings/pack-status-view';
import { rulePackSchema } from '../../rules/schema/pack';
import { activePackItem, userProfileItem } from '../../utils/storage-items';
import { adminPackJson } from './support/admin-packs';
import { mountUi, settle, type MountedUi } from './support/mount-ui';

let ui: MountedUi | undefined;

beforeEach(() => fakeBrowser.reset());
afterEach(() => ui?.unmount());

describe('options page: rules in use', () => {
  it("names a rule the organisation's words leave out, where it is and why, and says the rest still checks", async () => {
    const json = adminPackJson(4);
    (json['rules'] as unknown[]).push({
      id: 'cheering',
      kind: 'pattern',
      category: 'employer-comment',
      message: 'Cheering for the employer.',
      guidance: 'internal-matters',
      regex: String.raw`\b(?:{profile.names})+!`,
      examples: { match: ['Go {profile.name}!'], noMatch: ['Lovely walk by the river today'] },
    });
    await activePackItem.setValue({ pack: rulePackSchema.parse(json), source: 'admin', url: 'https://packs.example/p.json', installedAt: '2026-11-24T09:00:00Z' });
    await userProfileItem.setValue({ name: 'Fernvale', aliases: ['Fern', 'vale'], handles: [], topics: [], clientTerms: [] });
    ui = await mountUi(<PackStatusView />);
    expect(ui.text()).toContain("One rule is not checked with your organisation's words");
    expect(ui.text()).toMatch(/rule cheering \(rules\[1\]\.regex\): pattern may backtrack catastrophically \(a repeated part can match the same text in more than one way/);
    expect(ui.text()).toContain('All other rules check drafts as usual');

    await userProfileItem.setValue({ name: 'Ashdown', aliases: [], handles: [], topics: [], clientTerms: [] });
    await settle();
    expect(ui.text()).not.toContain('not checked');
  });
});
