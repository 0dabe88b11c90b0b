import type { Span } from '../rules/schema/finding';

/** Longest excerpt shown for one span; the popup is narrow and the words are a reminder, not a copy. */
const MAX_SPAN_CHARS = 60;

/**
 * The words of a draft that caused a finding, for the popup: each span's text, whitespace
 * collapsed, long spans shortened with "…", several spans joined with " … ".
 */
export function findingExcerpt(text: string, spans: readonly Span[]): string {
  const parts: string[] = [];
  for (const span of spans) {
    const start = Math.max(0, Math.min(span.start, text.length));
    const end = Math.max(start, Math.min(span.end, text.length));
    const words = text.slice(start, end).replace(/\s+/g, ' ').trim();
    if (!words) continue;
    parts.push(words.length > MAX_SPAN_CHARS ? `${words.slice(0, MAX_SPAN_CHARS - 1).trimEnd()}…` : words);
  }
  return parts.join(' … ');
}
