/** Ways a script can send data: requests, sockets, beacons, and elements that load a URL by themselves. */
export const NETWORK_APIS: readonly [string, RegExp][] = [
  ['fetch', /\bfetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['EventSource', /\bEventSource\b/],
  ['WebTransport', /\bWebTransport\b/],
  ['RTCPeerConnection', /\bRTCPeerConnection\b/],
  ['importScripts', /\bimportScripts\b/],
  ['image beacon', /\bnew\s+Image\s*\(/],
  ['element that loads a URL', /createElement\(\s*["'`](?:img|script|iframe|link|form|object|embed|audio|video|source)["'`]/],
  ['URL-loading attribute', /\.(?:src|srcset|href|action|poster)\s*=[^=]|setAttribute\(\s*["'`](?:src|srcset|href|action|poster|ping)["'`]/],
  ['URL-loading JSX', /<(?:img|script|iframe|link|form|object|embed|audio|video|source)\b|\b(?:src|srcset|ping)=\{/],
  ['navigation', /\blocation\.(?:href\s*=[^=]|assign|replace)\b|\bwindow\.open\s*\(/],
  ['native messaging', /\bconnectNative\b|\bsendNativeMessage\b/],
];

/** The names of the network APIs `code` mentions. */
export function networkApisIn(code: string): string[] {
  return NETWORK_APIS.filter(([, pattern]) => pattern.test(code)).map(([name]) => name);
}
