import { render } from 'preact';
import { OverlayApp } from '../../components/in-page/overlay-app';
import { createOverlayStore } from '../../components/in-page/overlay-store';
import type { OverlayActions } from '../../components/in-page/view-model';
import { linkToContentScript } from '../../utils/content-link';
import { browserTrust } from '../../utils/event-trust';
import { type FromNudgeFrame, type OverlayAction, type ToNudgeFrame } from '../../utils/messages';
import { ignored } from '../../utils/port-message';
import { createWearRecorder } from './wear-recorder';
import '../../components/in-page/in-page.css';

// A composer's nudge frame: its badge, its cards and, when it is this composer's post, the review
// prompt, drawn in a frame of the extension's own that the page's scripts cannot look into.

const store = createOverlayStore();
const root = document.documentElement;
// What the writer does with each rule's cards, so a card seen often without a fix gets shorter.
const wear = createWearRecorder(crypto.randomUUID());

const link = linkToContentScript<ToNudgeFrame, FromNudgeFrame>(({ type, body }) => {
  switch (type) {
    case 'show': {
      const { view, review } = body;
      // Read by the browser tests from the extension's side, to tell the frames apart.
      root.dataset.composer = view.id;
      root.dataset.mode = review ? 'review' : view.open ? 'panel' : 'badge';
      store.set({ composers: [view], review });
      return wear.drawn(view);
    }
    default:
      return ignored(type);
  }
});

const send = (action: OverlayAction) => link.send({ type: 'action', body: { action, focused: document.hasFocus() } });

/** Copies here, where the writer's click was: the page, not focused, may not write the clipboard. */
function copyThenSay(composerId: string, rule: string, text: string): void {
  navigator.clipboard.writeText(text).then(
    () => send({ name: 'copy', args: [composerId, rule, text] }),
    () => undefined,
  );
}

const actions: OverlayActions = {
  toggle: (...args) => send({ name: 'toggle', args }),
  applyFix(composerId, rule, fix) {
    wear.fixed(rule);
    // In basic mode Guidepost never writes into the box: the writer pastes the text themselves.
    if (store.get().composers[0]?.basic) return copyThenSay(composerId, rule, fix.text.trim());
    send({ name: 'applyFix', args: [composerId, rule, fix] });
  },
  copy: copyThenSay,
  dismiss(...args) {
    wear.dismissed(args[1]);
    send({ name: 'dismiss', args });
  },
  // "This isn't right" puts the card away too: for how often it shows, a dismissal.
  notRight(...args) {
    wear.dismissed(args[1]);
    send({ name: 'notRight', args });
  },
  edit: () => send({ name: 'edit', args: [] }),
  postAnyway: () => send({ name: 'postAnyway', args: [] }),
};

let reportedHeight: number | null | undefined;
const onPanelHeight = (panelHeight: number | null) => {
  if (panelHeight === reportedHeight) return;
  reportedHeight = panelHeight;
  link.send({ type: 'size', body: { panelHeight } });
};

// The frame is see-through around the badge and cards: a click there is a click outside them.
document.addEventListener('pointerdown', (event) => {
  if (!browserTrust(event) || (event.target !== root && event.target !== document.body)) return;
  const view = store.get().composers[0];
  if (view?.open) actions.toggle(view.id);
});

render(<OverlayApp store={store} actions={actions} onPanelHeight={onPanelHeight} />, document.getElementById('app')!);
