import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown }[];
}

/**
 * Runs axe-core in one of Guidepost's frames (the replica page is not what is under test). A frame
 * is a widget inside X's or Facebook's page, not a page: a main landmark or a level-one heading of
 * its own would be a second one in the site's page for a screen reader, so those two page-level
 * rules are the site's to meet.
 */
export async function frameAxeViolations(frame: Frame): Promise<AxeViolation[]> {
  // Evaluated as a DevTools expression, which the frame's CSP does not govern.
  await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const rules = { 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } };
    const result = await axe.run(document, { resultTypes: ['violations'], rules });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: (n as { target: unknown }).target })) }));
  });
}
