import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANAGED_SCHEMA_PATH, managedSchema, managedSchemaText } from '../../scripts/managed-schema';
import { LOCKABLE_SETTING_NAMES } from '../../utils/settings-table';

describe('public/managed-schema.json', () => {
  it('is what `npm run managed-schema` derives from the policy fields and the settings table', () => {
    expect(readFileSync(MANAGED_SCHEMA_PATH, 'utf8'), 'run `npm run managed-schema` and commit the file').toBe(managedSchemaText());
  });

  it('lets policy lock every lockable setting, with a word for admins on what true and false do', () => {
    const locked = managedSchema().properties!['lockedSettings']!.properties!;
    expect(Object.keys(locked)).toEqual(LOCKABLE_SETTING_NAMES);
    for (const node of Object.values(locked)) expect(node).toEqual({ type: 'boolean', description: expect.stringMatching(/true|false/) });
  });

  it('says only what Chromium understands: types, properties, items, titles and descriptions', () => {
    const keys = new Set<string>();
    const walk = (node: object) => {
      for (const [key, value] of Object.entries(node)) {
        keys.add(key);
        if (key === 'properties') Object.values(value as object).forEach(walk);
        if (key === 'items') walk(value as object);
      }
    };
    walk(managedSchema());
    expect([...keys].sort()).toEqual(['description', 'items', 'properties', 'title', 'type']);
  });
});
