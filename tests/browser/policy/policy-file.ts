// Writes and removes a Chromium enterprise policy file for Guidepost. These are machine-wide
// (root-owned, read by every Chromium on the machine), so each test removes what it wrote.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CHROME_EXTENSION_ID, GECKO_ID } from '../../../utils/extension-ids';

export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

export interface PolicyFile {
  path: string;
  write(values: Record<string, unknown>): void;
  remove(): void;
}

/** A policy file of our own (never someone else's) whose name says which test wrote it. */
export function chromiumPolicyFile(name: string): PolicyFile {
  const path = join(CHROMIUM_POLICY_DIR, `guidepost-test-${name}.json`);
  const madeDirs = ['/etc/chromium', '/etc/chromium/policies', CHROMIUM_POLICY_DIR].filter((dir) => !existsSync(dir));
  return {
    path,
    write(values) {
      mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
      const policy = { '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: values } } };
      writeFileSync(path, `${JSON.stringify(policy, null, 2)}\n`, { mode: 0o644 });
    },
    remove() {
      if (existsSync(path)) rmSync(path);
      removeEmpty(madeDirs);
    },
  };
}

/** Removes folders this run created, deepest first, if nothing else was put in them meanwhile. */
function removeEmpty(madeDirs: readonly string[]): void {
  for (const dir of [...madeDirs].reverse()) if (existsSync(dir) && readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
}

/** Firefox reads this path on Linux (not /etc/firefox-esr); Debian's package ships none, so we create it. */
export const FIREFOX_POLICY_PATH = '/etc/firefox/policies/policies.json';

/**
 * Firefox has one policies.json for everything, so a file already there is kept aside and put
 * back on remove; folders we made are removed again when empty.
 */
export function firefoxPolicyFile(): PolicyFile {
  const path = FIREFOX_POLICY_PATH;
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : null;
  const madeDirs = ['/etc/firefox', dirname(path)].filter((dir) => !existsSync(dir));
  return {
    path,
    write(values) {
      mkdirSync(dirname(path), { recursive: true });
      const policy = { policies: { '3rdparty': { Extensions: { [GECKO_ID]: values } } } };
      writeFileSync(path, `${JSON.stringify(policy, null, 2)}\n`, { mode: 0o644 });
    },
    remove() {
      if (previous !== null) writeFileSync(path, previous);
      else if (existsSync(path)) rmSync(path);
      removeEmpty(madeDirs);
    },
  };
}
