import type { Rect } from '../../components/in-page/frame-layout';
import { placeTip, TIP_GAP, TIP_WIDTH } from '../../components/in-page/tip-placement';
import { localDay } from '../../utils/boundary-tips';
import type { FromTipFrame, TipCandidate, ToTipFrame } from '../../utils/messages';
import { ignored, type PortMessage } from '../../utils/port-message';
import { boundaryTipsItem } from '../../utils/storage-items';
import { linkToFrame } from './frame-link';
import type { GuidepostPage } from './guidepost-page';
import { pageTheme } from './page-theme';

/** What a writer may come to click or type in, on any page: the tip covers none of them. */
const PAGE_CONTROLS = 'button, [role="button"], a[href], input, select, textarea, [contenteditable="true"]';

/**
 * Boundaries with colleagues (Facebook): beside the Confirm / Add friend of a person whose work
 * details name the organisation, a small tip in a frame of Guidepost's own: they can accept and
 * still keep boundaries. The frame holds the profile and the tips' history, so it decides who gets
 * one (once per person, at most once a day); the content script reads the page and places the
 * frame beside the control, never over it.
 */
export function init(signal: AbortSignal, page: GuidepostPage): void {
  /** The day a tip last showed, as stored; undefined until read. */
  let shownOn: string | null | undefined;
  /** People already asked about on this page. */
  const considered = new Set<string>();
  const buttons = new Map<number, HTMLElement>();
  let frame: { iframe: HTMLIFrameElement; send(body: ToTipFrame['consider']): void; controller: AbortController } | null = null;
  /** The tip on show: beside which control, and how tall. */
  let shown: { button: HTMLElement; height: number } | null = null;

  const close = () => {
    frame?.controller.abort();
    frame?.iframe.remove();
    frame = null;
    shown = null;
  };

  /** Puts the tip beside its control; it waits hidden while the control is off screen or there is no room. */
  const place = () => {
    if (!shown || !frame) return;
    if (!shown.button.isConnected || !page.active()) return close();
    const { left, top, width, height } = shown.button.getBoundingClientRect();
    const anchor = { left, top, width, height };
    const at = width > 0 ? placeTip(anchor, shown.height, { width: page.view.innerWidth, height: page.view.innerHeight }, controlsAround(anchor, shown.height)) : null;
    const { iframe } = frame;
    if (!at) return void delete iframe.dataset.shown;
    Object.assign(iframe.style, { left: `${at.left}px`, top: `${at.top}px`, width: `${at.width}px`, height: `${at.height}px` });
    iframe.dataset.shown = '';
  };
  /** The page's own controls where the tip could go: it must cover none of them (a neighbour's Confirm, this card's Delete). */
  const controlsAround = (anchor: Rect, tipHeight: number): Rect[] => {
    const reach = { left: anchor.left - TIP_WIDTH - 2 * TIP_GAP, right: anchor.left + anchor.width + TIP_WIDTH + 2 * TIP_GAP };
    const above = anchor.top - 4 * tipHeight;
    const below = anchor.top + anchor.height + 4 * tipHeight;
    const found: Rect[] = [];
    for (const control of page.doc.querySelectorAll<HTMLElement>(PAGE_CONTROLS)) {
      if (control === shown?.button) continue;
      const { left, top, width, height } = control.getBoundingClientRect();
      if (width === 0 || height === 0 || left > reach.right || left + width < reach.left || top > below || top + height < above) continue;
      found.push({ left, top, width, height });
    }
    return found;
  };

  const onMessage = ({ type, body }: PortMessage<FromTipFrame>) => {
    switch (type) {
      case 'chosen': {
        const button = body.id === null ? undefined : buttons.get(body.id);
        if (!button || body.id === null || shown) return;
        shown = { button, height: body.height };
        return place();
      }
      case 'dismiss':
        return close();
      default:
        return ignored(type);
    }
  };

  const openFrame = () => {
    const { iframe, token } = page.frames.add('/tip-frame.html');
    iframe.dataset.guidepost = 'tip';
    iframe.style.width = `${TIP_WIDTH}px`;
    const controller = new AbortController();
    signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
    const link = linkToFrame<FromTipFrame, ToTipFrame>(iframe, token, onMessage, controller.signal);
    return { iframe, controller, send: (body: ToTipFrame['consider']) => link.send({ type: 'consider', body }) };
  };

  const look = () => {
    if (shown) return place();
    if (shownOn === undefined || shownOn === localDay(new Date()) || !page.active()) return;
    const candidates: TipCandidate[] = [];
    for (const { key, workLines, button } of page.adapter.workContacts(page.doc)) {
      if (considered.has(key)) continue;
      considered.add(key);
      buttons.set(buttons.size + 1, button);
      candidates.push({ id: buttons.size, key, workLines });
    }
    if (candidates.length === 0) return;
    frame ??= openFrame();
    // The page's own scheme, not the control's (a blue button would read as a dark page).
    frame.send({ candidates, theme: pageTheme(page.doc.body) });
  };

  const unwatch = boundaryTipsItem.watch((value) => (shownOn = value.shownOn));
  signal.addEventListener('abort', () => (unwatch(), close()), { once: true });
  void boundaryTipsItem.getValue().then((value) => {
    shownOn ??= value.shownOn;
    look();
  });
  page.onEditors(look);
  page.onSettings(() => page.active() || close());
  page.view.addEventListener('scroll', place, { capture: true, passive: true, signal });
  page.view.addEventListener('resize', place, { passive: true, signal });
  // Escape anywhere in the page puts the tip away too (it may close the site's own menu as well: the tip is never worth a second key).
  page.doc.addEventListener('keydown', (event) => event.key === 'Escape' && shown && page.trusted(event) && close(), { signal });
}
