// What "draft text never leaves the device" is checked against: drafts of made-up words, and a
// search of every recorded request for them, plain, URL-encoded or base64.
import { SCRIPT_URLS } from '../../replica/serve/replica-urls';

// Made-up words that appear nowhere but in these drafts, so any copy of them in traffic is a leak.
export const SECRET_WORDS = ['Quillmarrow', 'Vexhollow', 'Brindlecombe', 'Tarnwick'];
export const OPINION = `I think the council should sort out the parking on Quillmarrow Lane.`;
export const PRIVACY = `Visited a resident today, Mrs Vexhollow from Brindlecombe Road, aged 84.`;
export const MORE = ' Tarnwick';

export const REPLICA_HOSTS = new Set(['x.com', 'www.facebook.com', ...Object.values(SCRIPT_URLS).map((u) => new URL(u).host)]);

/** One request as the egress tests see it. */
export interface Sent {
  url: string;
  method: string;
  body: string;
  headers: string;
  fromServiceWorker: boolean;
}

/** Each draft word a request carries, in its URL, body or headers: empty when nothing leaked. */
export function leaks(sent: readonly Sent[]): string[] {
  const out: string[] = [];
  for (const request of sent) {
    const carried = `${request.url}\n${request.body}\n${request.headers}`;
    const decoded = safeDecode(carried).toLowerCase();
    for (const word of SECRET_WORDS) if (decoded.includes(word.toLowerCase()) || carried.includes(btoa(word).slice(0, 8))) out.push(`${word} in ${request.method} ${request.url}`);
  }
  return out;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

export const isWeb = (url: string) => /^(?:https?|wss?):/.test(url);
