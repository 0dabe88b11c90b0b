// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { watchComposers } from '../../entrypoints/content/composer-watcher';
import { xAdapter } from '../../entrypoints/content/sites/x';
import { draftEditor, xModal, xTimeline } from './markup';

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('watching for composers', () => {
  let controller = new AbortController();
  afterEach(() => controller.abort());

  function watch() {
    controller = new AbortController();
    const seen: string[][] = [];
    const found: HTMLElement[][] = [];
    const changed: Node[][] = [];
    watchComposers(
      document,
      xAdapter,
      {
        editors: (editors) => {
          found.push(editors);
          seen.push(editors.map((e) => (e.closest('[aria-modal]') ? 'modal' : 'timeline')));
        },
        changed: (targets) => changed.push([...targets]),
      },
      controller.signal,
    );
    return { seen, found, changed };
  }

  it('reports the editors at start, when a modal mounts, and when it goes', async () => {
    document.body.innerHTML = xTimeline('');
    const { seen } = watch();
    await settle();
    expect(seen.at(-1)).toEqual(['timeline']);
    document.body.insertAdjacentHTML('beforeend', xModal(['']));
    await settle();
    expect(seen.at(-1)).toEqual(['timeline', 'modal']);
    document.getElementById('layers')!.remove();
    await settle();
    expect(seen.at(-1)).toEqual(['timeline']);
  });

  it('sees a remounted editor as a new one', async () => {
    document.body.innerHTML = xTimeline('');
    const { found } = watch();
    await settle();
    const before = found.at(-1)![0]!;
    const column = document.querySelector('.column')!;
    column.querySelector('[data-testid="tweetTextarea_0RichTextInputContainer"]')!.outerHTML = draftEditor(0, '');
    await settle();
    const after = found.at(-1)![0]!;
    expect(after).not.toBe(before);
    expect(after.isConnected).toBe(true);
    expect(before.isConnected).toBe(false);
  });

  it('batches many changes into one report per frame', async () => {
    document.body.innerHTML = xTimeline('a');
    const { changed } = watch();
    await settle();
    const text = document.querySelector('[data-text="true"]')!.firstChild as Text;
    const reports = changed.length;
    for (let i = 0; i < 20; i++) text.data += 'b';
    await settle();
    expect(changed.length).toBe(reports + 1);
    expect(changed.at(-1)).toContain(text);
  });

  it('does not look through the page again for typing inside an editor, but does when the page around it changes', async () => {
    document.body.innerHTML = xTimeline('a');
    const { found, changed } = watch();
    await settle();
    const looks = found.length;
    const block = document.querySelector('[data-text="true"]')!;
    // What a rich editor does on a key: its text nodes replaced, not edited.
    block.replaceChildren(document.createTextNode('ab'));
    await settle();
    expect(changed.at(-1)).toContain(block);
    expect(found.length).toBe(looks);
    document.querySelector('.column')!.append(document.createElement('div'));
    await settle();
    expect(found.length).toBe(looks + 1);
  });

  it('stops when its signal aborts', async () => {
    document.body.innerHTML = xTimeline('');
    const { seen } = watch();
    await settle();
    const count = seen.length;
    controller.abort();
    document.body.insertAdjacentHTML('beforeend', xModal(['']));
    await settle();
    expect(seen.length).toBe(count);
  });
});
