// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ComposerSession } from '../../entrypoints/content/composer-session';
import type { GuidepostPage } from '../../entrypoints/content/guidepost-page';
import * as closeOnOutsideClick from '../../entrypoints/content/close-on-outside-click';
import * as keyboardShortcut from '../../entrypoints/content/keyboard-shortcut';
import { xAdapter } from '../../entrypoints/content/sites/x';
import { xTimeline } from './markup';

/** Events the test makes as the writer: happy-dom's are never trusted, so the page is told which are. */
const byTheWriter = new WeakSet<Event>();
const asWriter = <E extends Event>(event: E): E => (byTheWriter.add(event), event);

interface Rig {
  page: GuidepostPage;
  session: ComposerSession & { open: boolean };
  controller: AbortController;
}

/** A page with one composer that has something to show, and the parts of the page the concerns use. */
function rig(init: (signal: AbortSignal, page: GuidepostPage) => void): Rig {
  document.body.innerHTML = xTimeline('I think so.');
  const editor = xAdapter.findEditors(document)[0]!;
  const session = { editor, open: false, hasSomethingToShow: () => true, rememberCaret: vi.fn() } as unknown as Rig['session'];
  const page = {
    doc: document,
    trusted: (event: Event) => byTheWriter.has(event),
    sessions: () => [session],
    sessionOf: (target: EventTarget | null) => (target instanceof Node && editor.contains(target) ? session : undefined),
    redraw: vi.fn(),
    focusFrame: vi.fn(),
  } as unknown as GuidepostPage;
  const controller = new AbortController();
  init(controller.signal, page);
  return { page, session, controller };
}

const altShiftG = () => new KeyboardEvent('keydown', { code: 'KeyG', key: 'G', altKey: true, shiftKey: true, bubbles: true, cancelable: true });

let current: Rig | null = null;
afterEach(() => current?.controller.abort());

describe('Alt+Shift+G', () => {
  it("the writer's opens the composer's cards and puts the keyboard in its frame", () => {
    current = rig(keyboardShortcut.init);
    const press = asWriter(altShiftG());
    current.session.editor.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
    expect(current.session.open).toBe(true);
    expect(current.page.focusFrame).toHaveBeenCalledWith(current.session);
  });

  it("a script's is as if it never happened: nothing opens and the key goes on to the page", () => {
    current = rig(keyboardShortcut.init);
    const press = altShiftG();
    current.session.editor.dispatchEvent(press);
    expect(press.defaultPrevented).toBe(false);
    expect(current.session.open).toBe(false);
    expect(current.page.focusFrame).not.toHaveBeenCalled();
  });
});

describe('a click outside the cards', () => {
  it.each([
    ["the writer's closes them", true, false],
    ["a script's leaves them open", false, true],
  ])('%s', (_what, byWriter, staysOpen) => {
    current = rig(closeOnOutsideClick.init);
    current.session.open = true;
    const down = new PointerEvent('pointerdown', { bubbles: true, composed: true });
    document.body.dispatchEvent(byWriter ? asWriter(down) : down);
    expect(current.session.open).toBe(staysOpen);
  });
});
