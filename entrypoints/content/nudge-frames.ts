import { frameLayout, type FrameMode, type Rect } from '../../components/in-page/frame-layout';
import type { ReviewView } from '../../components/in-page/view-model';
import { type FromNudgeFrame, type NudgeState, type OverlayAction, type ToNudgeFrame } from '../../utils/messages';
import { ignored } from '../../utils/port-message';
import type { ComposerSession } from './composer-session';
import type { FrameHost } from './frame-host';
import { linkToFrame } from './frame-link';
import type { PortLink } from '../../utils/port-link';

export interface NudgeFrameHandlers {
  /** The writer did something in a composer's frame; `focused`: that frame had the keyboard focus. */
  action(action: OverlayAction, focused: boolean): void;
  /** A frame's cards changed height: the frames need placing again. */
  resized(): void;
}

export interface NudgeFrames {
  /** Places a composer's frame for what it shows now, and tells the frame when that changed. */
  draw(session: ComposerSession, review: ReviewView | null): void;
  /** Puts the keyboard in the composer's frame (its cards or the review prompt take it from there). */
  focus(session: ComposerSession): void;
  remove(session: ComposerSession): void;
}

interface NudgeFrame {
  iframe: HTMLIFrameElement;
  link: PortLink<ToNudgeFrame>;
  controller: AbortController;
  /** The cards' height as the frame last measured it; null while they are closed. */
  panelHeight: number | null;
  /** The last state sent, as JSON: a frame hears only of changes. */
  sent: string;
}

/** Puts the frame at `rect`, clipped to the parts that show something: clicks in the rest reach the page. */
function place(iframe: HTMLIFrameElement, rect: Rect, shows: Rect[] | null): void {
  const { style } = iframe;
  style.left = `${rect.left}px`;
  style.top = `${rect.top}px`;
  style.width = `${rect.width}px`;
  style.height = `${rect.height}px`;
  style.clipPath = shows ? `path('${shows.map((r) => `M${r.left} ${r.top}h${r.width}v${r.height}h${-r.width}Z`).join(' ')}')` : '';
}

/**
 * One frame per composer that has shown its badge (entrypoints/nudge-frame), added when it first
 * does and removed with the composer. Each frame is only as big as what it shows, so the page stays
 * clickable around it; the content script places it (so scrolling costs no message) and the frame
 * says how tall the open cards are.
 */
export function createNudgeFrames(host: FrameHost, view: Window, handlers: NudgeFrameHandlers, signal: AbortSignal): NudgeFrames {
  const frames = new Map<ComposerSession, NudgeFrame>();

  /** The frame of the first composer found after `session`: frames sit in their composers' order, as Tab reaches them. */
  const frameAfter = (session: ComposerSession): HTMLIFrameElement | undefined => {
    let next: { order: number; iframe: HTMLIFrameElement } | undefined;
    for (const [other, frame] of frames) {
      if (other.order > session.order && (!next || other.order < next.order)) next = { order: other.order, iframe: frame.iframe };
    }
    return next?.iframe;
  };

  const open = (session: ComposerSession): NudgeFrame => {
    const { iframe, token } = host.add('/nudge-frame.html', frameAfter(session));
    iframe.dataset.guidepost = 'nudge';
    const controller = new AbortController();
    signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
    const frame: NudgeFrame = {
      iframe,
      controller,
      panelHeight: null,
      sent: '',
      link: linkToFrame<FromNudgeFrame, ToNudgeFrame>(
        iframe,
        token,
        ({ type, body }) => {
          switch (type) {
            case 'action':
              return handlers.action(body.action, body.focused);
            case 'size':
              if (frame.panelHeight === body.panelHeight) return;
              frame.panelHeight = body.panelHeight;
              return handlers.resized();
            default:
              return ignored(type);
          }
        },
        controller.signal,
      ),
    };
    return frame;
  };

  /** Tells a frame what to show, once per change. */
  const send = (frame: NudgeFrame, state: NudgeState, mode: FrameMode) => {
    frame.iframe.dataset.mode = mode;
    const json = JSON.stringify(state);
    if (json === frame.sent) return;
    frame.sent = json;
    frame.link.send({ type: 'show', body: state });
  };

  return {
    draw(session, review) {
      const shown = session.view();
      const box = session.box;
      let frame = frames.get(session);
      if (!shown || (!box && !review)) {
        if (!frame) return;
        frame.iframe.hidden = true;
        // A prompt closed while its editor is away (a Page's Post settings step) must not wait there to show again.
        if (shown && frame.iframe.dataset.mode === 'review') send(frame, { view: { ...shown, place: null }, review: null }, 'badge');
        return;
      }
      if (!frame) {
        frame = open(session);
        frames.set(session, frame);
      }
      const mode: FrameMode = review ? 'review' : shown.open ? 'panel' : 'badge';
      const viewport = { width: view.innerWidth, height: view.innerHeight };
      const layout = box ? frameLayout(box, viewport, mode, frame.panelHeight, session.postButtonBoxes) : null;
      if (review) place(frame.iframe, { left: 0, top: 0, ...viewport }, null);
      else place(frame.iframe, layout!.rect, layout!.shows);
      frame.iframe.dataset.composer = session.id;
      frame.iframe.hidden = false;
      send(frame, { view: { ...shown, place: layout?.place ?? null }, review }, mode);
    },
    focus(session) {
      frames.get(session)?.iframe.focus();
    },
    remove(session) {
      const frame = frames.get(session);
      if (!frame) return;
      frame.controller.abort();
      frame.iframe.remove();
      frames.delete(session);
    },
  };
}
