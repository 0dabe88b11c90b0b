// Saves screenshots where people look for them: test-output/screenshots/ by default.
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../../test-output/screenshots');

/** Saves a viewport screenshot as `<dir>/<name>.png` and returns the file's path. */
export async function saveScreenshot(page: Page, name: string, dir = SCREENSHOT_DIR): Promise<string> {
  const path = resolve(dir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await mkdir(dirname(path), { recursive: true });
  // Finite CSS animations (e.g. a card fading in) are shown at their end state: the page's by
  // Playwright, those in Guidepost's frames (other processes, which it leaves alone) finished here.
  await Promise.all(
    page
      .frames()
      .filter((frame) => frame !== page.mainFrame())
      .map((frame) =>
        frame
          .evaluate(() => {
            for (const animation of document.getAnimations()) {
              try {
                animation.finish();
              } catch {
                // An endless animation (a spinner) cannot finish; it is caught mid-way.
              }
            }
          })
          .catch(() => undefined),
      ),
  );
  await page.screenshot({ path, animations: 'disabled' });
  return path;
}
