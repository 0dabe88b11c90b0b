import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManagedPolicy, POLICY_FIELDS } from '../../entrypoints/background/managed-policy';
import { orgProfileSchema } from '../../rules/schema/profile';
import { generateSigningKey } from '../../rules/signing';
import { CHROME_EXTENSION_ID, CHROME_EXTENSION_KEY } from '../../utils/extension-ids';
import { SETTING_NAMES } from '../../utils/settings-table';

interface SchemaNode {
  type: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}
const managedSchema = JSON.parse(readFileSync(new URL('../../public/managed-schema.json', import.meta.url), 'utf8')) as SchemaNode;

describe('enterprise policy contract', () => {
  it('the manifest key gives the documented Chrome extension id', () => {
    const hex = createHash('sha256').update(Buffer.from(CHROME_EXTENSION_KEY, 'base64')).digest('hex').slice(0, 32);
    const id = [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
    expect(id).toBe(CHROME_EXTENSION_ID);
  });

  it('the managed schema names exactly the policy keys the background reads', () => {
    expect(Object.keys(managedSchema.properties ?? {}).sort()).toEqual(Object.keys(POLICY_FIELDS).sort());
  });

  it('locks exactly the settings the options page has', () => {
    expect(Object.keys(managedSchema.properties?.lockedSettings?.properties ?? {}).sort()).toEqual([...SETTING_NAMES].sort());
  });

  it('lets every profile field through (Chromium drops unknown ones silently)', () => {
    expect(Object.keys(managedSchema.properties?.orgProfile?.properties ?? {}).sort()).toEqual(Object.keys(orgProfileSchema.shape).sort());
  });

  it('describes a complete policy file that the background accepts without complaint', async () => {
    const { trustedKey } = await generateSigningKey('fernvale-2026');
    const { policy, problems } = parseManagedPolicy({
      rulePackUrl: 'https://packs.fernvale.example/pack.json',
      trustedKeys: [trustedKey],
      orgProfile: { name: 'Fernvale Borough Council', aliases: ['the council'] },
      updateIntervalMinutes: 30,
      lockedSettings: { 'enabled.facebook': true },
      minPackVersion: '12',
    });
    expect(problems).toEqual({ first: [], total: 0 });
    expect(policy).toMatchObject({ updateIntervalMinutes: 30, orgProfile: { name: 'Fernvale Borough Council', handles: [] }, minPackVersion: 12, trustedKeys: [trustedKey] });
  });
});
