// @vitest-environment happy-dom
// The card, the review prompt and the popup name a finding's category and severity in the same words.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { categoryLabel, SEVERITY_LABELS } from '../../components/common/finding-labels';
import { OverlayApp } from '../../components/in-page/overlay-app';
import type { FindingView } from '../../components/in-page/view-model';
import { DraftStatusView } from '../../components/popup/draft-status-view';
import { createOverlayStore } from '../../components/in-page/overlay-store';
import { DEFAULT_CONTEXT } from '../../rules/schema/context';
import { SEVERITIES, type Finding, type Severity } from '../../rules/schema/finding';

const CASES: Array<[string, Severity, string]> = [
  ['client-privacy', 'serious', 'Privacy of people we serve'],
  ['employer-comment', 'warn', 'Comment about your employer'],
  ['opinion-disclaimer', 'warn', 'Personal opinion'],
  ['tone', 'info', 'Tone'],
  ['staff-wellbeing', 'info', 'Staff wellbeing'],
];

const finding = (category: string, severity: Severity): Finding => ({
  category,
  rule: `rule-${category}`,
  severity,
  message: `About ${category}.`,
  spans: [],
  guidance: 'g',
  fixes: [],
});

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function showOverlay(findings: Finding[]) {
  const views: FindingView[] = findings.map((f) => ({ finding: f, words: [], guidance: null, blocks: true }));
  const store = createOverlayStore();
  store.set({
    composers: [{ id: 'c1', draft: 1, label: 'Post', context: DEFAULT_CONTEXT, findings: views, place: { badge: { top: 6, left: 6 }, panel: { left: 0, top: 40, maxHeight: 500 } }, theme: 'light', open: true, outcome: null, guarded: true, basic: false, unchecked: false }],
    review: { composerId: 'c1', label: 'Post', context: DEFAULT_CONTEXT, findings: views, theme: 'light' },
  });
  const noop = vi.fn();
  act(() => render(<OverlayApp store={store} actions={{ toggle: noop, applyFix: noop, copy: noop, dismiss: noop, notRight: noop, edit: noop, postAnyway: noop }} />, root));
}

function showPopup(findings: Finding[]) {
  const status = { site: 'x' as const, watching: true, composers: [{ id: 'c1', site: 'x' as const, label: 'Post', context: DEFAULT_CONTEXT, findings, length: 10 }] };
  act(() => render(<DraftStatusView state={{ kind: 'ready', status }} guidanceTitle={() => undefined} onOpenGuidance={vi.fn()} />, root));
}

describe('finding labels', () => {
  it.each(CASES)('%s (%s) reads "%s" in the card, the review prompt and the popup', (category, severity, label) => {
    expect(categoryLabel(category)).toBe(label);
    const one = [finding(category, severity)];

    showOverlay(one);
    const card = root.querySelector(`article.gp-card[data-rule="rule-${category}"]`)!;
    expect(card.querySelector('.gp-card__title')!.textContent).toBe(label);
    expect(card.querySelector('.gp-card__severity')!.textContent).toBe(SEVERITY_LABELS[severity]);
    expect(root.querySelector('.gp-review__item strong')!.textContent).toBe(label);

    render(null, root);
    showPopup(one);
    expect(root.querySelector('.gp-finding-category')!.textContent).toBe(label);
    expect(root.querySelector(`.gp-badge--${severity}`)!.textContent).toBe(SEVERITY_LABELS[severity]);
  });

  it('names every severity', () => {
    expect(Object.keys(SEVERITY_LABELS).sort()).toEqual([...SEVERITIES].sort());
  });

  it('spells each label in one source file only', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
      });
    const sources = ['components', 'entrypoints', 'utils'].flatMap(files);
    const labels = [...CASES.slice(0, 4).map(([, , label]) => label), ...Object.values(SEVERITY_LABELS)];
    for (const label of labels) {
      const spelt = sources.filter((file) => new RegExp(`['"\`>]${label}['"\`<]`).test(readFileSync(file, 'utf8')));
      expect(spelt, label).toEqual(['components/common/finding-labels.ts']);
    }
  });
});
