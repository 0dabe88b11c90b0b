/**
 * Renders assets/icon.svg to the PNG sizes the browsers ask for (public/icon/<size>.png, which WXT
 * picks up). Run after changing the SVG: `npx tsx scripts/render-icons.ts`.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(new URL('../assets/icon.svg', import.meta.url), 'utf8');
mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
    writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), await page.screenshot({ omitBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`icons written: ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
