import { writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { launchChromium } from '../../tests/browser/harness/chromium';
import { EDITOR_SELECTORS, openReplica } from '../../tests/browser/harness/replicas';
import { startTrace, stopTrace } from './trace-attribution';
const b = await launchChromium({ extension: true });
const page = await openReplica(b.context, 'x-timeline');
await page.waitForSelector('guidepost-overlay', { state: 'attached' });
await sleep(1000);
const cdp = await b.context.newCDPSession(page);
await page.click(EDITOR_SELECTORS['x-timeline']);
await sleep(500);
await startTrace(cdp);
for (const ch of 'Lovely day at the park with the kids and the dog') { await page.keyboard.type(ch); await sleep(120); }
await sleep(1300);
const ev = await stopTrace(cdp);
writeFileSync('/tmp/trace.json', JSON.stringify(ev));
console.log(b.extensionId, ev.length);
await b.close();
