// Writes and removes a Chromium enterprise policy file for Guidepost. These are machine-wide
// (root-owned, read by every Chromium on the machine), so each test removes what it wrote.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_EXTENSION_ID } from '../../../utils/extension-ids';

export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

export interface ChromiumPolicy {
  path: string;
  write(values: Record<string, unknown>): void;
  remove(): void;
}

/** A policy file of our own (never someone else's) whose name says which test wrote it. */
export function chromiumPolicyFile(name: string): ChromiumPolicy {
  const path = join(CHROMIUM_POLICY_DIR, `guidepost-test-${name}.json`);
  return {
    path,
    write(values) {
      mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
      const policy = { '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: values } } };
      writeFileSync(path, `${JSON.stringify(policy, null, 2)}\n`, { mode: 0o644 });
    },
    remove() {
      if (existsSync(path)) rmSync(path);
    },
  };
}
