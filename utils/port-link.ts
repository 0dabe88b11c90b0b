import { browser, type Browser } from 'wxt/browser';
import { readPortMessage, type PortMessage } from './port-message';

export interface PortLink<Out> {
  /** Sends now, or as soon as there is a port. */
  send(message: PortMessage<Out>): void;
  /** Opens a port now if there is none, for a side the other is waiting to hear from. */
  connect(): void;
  /** Opens a port if messages are waiting for one (when opening has just become possible). */
  resume(): void;
}

export interface PortLinkOptions<In> {
  /** The name of the ports the other side opens to this one. */
  name: string;
  /** Opens a port to the other side, or says it cannot (yet): then messages wait for the other side to connect. */
  dial(): Promise<Browser.runtime.Port | null>;
  onMessage(message: PortMessage<In>): void;
  signal: AbortSignal;
}

/**
 * One end of a channel of runtime ports that may come and go (Firefox ends every port through the
 * background when it suspends it). Whichever side has something to say and no port opens one;
 * messages wait meanwhile. A port either side opened is used both ways; when both opened one at
 * the same time, messages arrive on either and go out on the newest.
 */
export function openPortLink<In, Out>({ name, dial, onMessage, signal }: PortLinkOptions<In>): PortLink<Out> {
  const live: Browser.runtime.Port[] = [];
  const waiting: PortMessage<Out>[] = [];
  let dialing = false;

  const adopt = (port: Browser.runtime.Port) => {
    live.push(port);
    port.onMessage.addListener((raw: unknown) => {
      const message = readPortMessage<In>(raw);
      if (message && !signal.aborted) onMessage(message);
    });
    port.onDisconnect.addListener(() => {
      const at = live.indexOf(port);
      if (at >= 0) live.splice(at, 1);
    });
    for (const message of waiting.splice(0)) port.postMessage(message);
  };
  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name === name) adopt(port);
  };
  const connect = () => {
    if (live.length > 0 || dialing || signal.aborted) return;
    dialing = true;
    dial().then(
      (port) => {
        dialing = false;
        if (port && !signal.aborted) adopt(port);
      },
      () => {
        dialing = false;
      },
    );
  };

  browser.runtime.onConnect.addListener(onConnect);
  signal.addEventListener(
    'abort',
    () => {
      browser.runtime.onConnect.removeListener(onConnect);
      for (const port of live.splice(0)) port.disconnect();
    },
    { once: true },
  );
  return {
    send(message) {
      const port = live[live.length - 1];
      if (port) port.postMessage(message);
      else {
        waiting.push(message);
        connect();
      }
    },
    connect,
    resume() {
      if (waiting.length > 0) connect();
    },
  };
}
