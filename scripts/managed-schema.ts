// `npm run managed-schema`: writes public/managed-schema.json, the schema Chromium holds enterprise
// policy to, from what the background reads (POLICY_FIELDS) and the settings table.
// tests/unit/managed-schema.test.ts fails when the committed file differs from what this makes.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { POLICY_FIELDS } from '../entrypoints/background/managed-policy';
import { LOCKABLE_SETTING_NAMES, lockDescription } from '../utils/settings-table';

export const MANAGED_SCHEMA_PATH = resolve(import.meta.dirname, '../public/managed-schema.json');

/** A node of Chromium's policy schema: the part of JSON Schema it understands. */
interface ChromeSchema {
  title?: string;
  description?: string;
  type: string;
  properties?: Record<string, ChromeSchema>;
  items?: ChromeSchema;
}

/** What admins read in chrome://policy and the admin guide, for each policy key. */
const POLICY_DOCS: Record<keyof typeof POLICY_FIELDS, { title: string; description: string }> = {
  rulePackUrl: {
    title: 'Rule pack URL',
    description: 'HTTPS address of the signed rule pack (JSON). Plain http only for 127.0.0.1, ::1 or localhost.',
  },
  trustedKeys: {
    title: 'Trusted signing keys',
    description: "Ed25519 public keys a pack may be signed with: keyId and base64 of the raw 32-byte key, as printed by 'guidepost keygen'.",
  },
  orgProfile: {
    title: 'Organisation profile',
    description: "The organisation's name, aliases, handles, topics and client terms; wins over a profile carried by the pack.",
  },
  updateIntervalMinutes: {
    title: 'Update interval (minutes)',
    description: 'How often to check for a new pack; 5 to 10080, default 60.',
  },
  minPackVersion: {
    title: 'Lowest pack version accepted',
    description: 'No rule pack below this version is installed, even on a fresh install: an integer as digits ("12") or a semver string ("2.1.0"). Optional.',
  },
  lockedSettings: {
    title: 'Locked settings',
    description: 'Settings staff cannot change, with the value they are held to. "snooze": false takes snoozing away.',
  },
};

/**
 * Types and structure only. Limits (lengths, ranges, patterns) stay with the background, which
 * reports a bad value in the options page; Chromium would drop it without a word.
 */
function chromeSubset(node: Record<string, unknown>): ChromeSchema {
  // Chromium takes one type per value: of a union (an integer or a semver string), the string.
  const anyOf = node['anyOf'] as Record<string, unknown>[] | undefined;
  if (node['type'] === undefined && anyOf) return chromeSubset(anyOf.find((n) => n['type'] === 'string') ?? anyOf[0]!);
  const out: ChromeSchema = { type: String(node['type']) };
  const properties = node['properties'] as Record<string, Record<string, unknown>> | undefined;
  if (properties) out.properties = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, chromeSubset(value)]));
  const items = node['items'] as Record<string, unknown> | undefined;
  if (items) out.items = chromeSubset(items);
  return out;
}

export function managedSchema(): ChromeSchema {
  const properties = Object.fromEntries(
    Object.entries(POLICY_FIELDS).map(([key, field]) => {
      const docs = POLICY_DOCS[key as keyof typeof POLICY_FIELDS];
      const shape =
        key === 'lockedSettings'
          ? { type: 'object', properties: Object.fromEntries(LOCKABLE_SETTING_NAMES.map((name) => [name, { type: 'boolean', description: lockDescription(name) }])) }
          : chromeSubset(z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>);
      return [key, { ...docs, ...shape }];
    }),
  );
  return { type: 'object', properties };
}

export function managedSchemaText(): string {
  return `${JSON.stringify(managedSchema(), null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  writeFileSync(MANAGED_SCHEMA_PATH, managedSchemaText());
  process.stdout.write(`wrote ${MANAGED_SCHEMA_PATH}\n`);
}
