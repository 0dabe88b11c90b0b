import type { GuidanceEntry } from '../../rules/schema/guidance';
import { plainText } from './rich-text';

/** Lower case, no accents, no markup: "Café **rules**" and "cafe rules" compare equal. */
export function normaliseForSearch(text: string): string {
  return plainText(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'");
}

/**
 * Entries matching every word of `query` anywhere in their title, summary, body or "what to do
 * instead"; entries matching in the title come first, otherwise pack order is kept.
 */
export function searchGuidance(entries: readonly GuidanceEntry[], query: string): GuidanceEntry[] {
  const words = normaliseForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  const scored: Array<{ entry: GuidanceEntry; score: number; order: number }> = [];
  entries.forEach((entry, order) => {
    const title = normaliseForSearch(entry.title);
    const all = [title, entry.summary, entry.body, entry.doInstead].map(normaliseForSearch).join('\n');
    if (!words.every((w) => all.includes(w))) return;
    const score = words.filter((w) => title.includes(w)).length;
    scored.push({ entry, score, order });
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.entry);
}
