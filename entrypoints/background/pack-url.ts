/**
 * Packs come over HTTPS. Plain HTTP is allowed only to this machine (127.0.0.0/8, ::1, localhost),
 * which is what tests and a local preview need and cannot be intercepted on the network.
 * Returns the parsed URL, or a reason people can act on.
 */
export function checkPackUrl(text: string): { ok: true; url: URL } | { ok: false; reason: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: `rulePackUrl "${text}" is not a URL` };
  }
  if (url.username || url.password) return { ok: false, reason: 'rulePackUrl must not contain a user name or password' };
  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return { ok: true, url };
  return { ok: false, reason: `rulePackUrl must use https:// (plain http only for this machine), not "${url.protocol}//${url.host}"` };
}

export function isLoopback(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]') return true;
  // URL normalises IPv4 hosts, so "127.1" and "0x7f.0.0.1" arrive here as dotted quads.
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}
