import type { Theme } from '../../components/in-page/view-model';

/** Parses `rgb(…)` / `rgba(…)` as getComputedStyle reports it; null when transparent or unreadable. */
export function parseColour(value: string): [number, number, number] | null {
  const parts = /^rgba?\(([^)]+)\)$/.exec(value.trim())?.[1]?.split(/[\s,/]+/).filter(Boolean).map(Number);
  if (!parts || parts.length < 3 || parts.some(Number.isNaN)) return null;
  if (parts.length >= 4 && parts[3]! < 0.5) return null;
  return [parts[0]!, parts[1]!, parts[2]!];
}

function isDark([r, g, b]: [number, number, number]): boolean {
  // Relative luminance, near enough for telling a dark page from a light one.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

/** The theme the writer sees around an element: the first opaque background up the tree, then the page's colour scheme. */
export function pageTheme(element: Element): Theme {
  const view = element.ownerDocument.defaultView;
  if (!view) return 'light';
  for (let node: Element | null = element; node; node = node.parentElement) {
    const colour = parseColour(view.getComputedStyle(node).backgroundColor);
    if (colour) return isDark(colour) ? 'dark' : 'light';
  }
  const scheme = view.getComputedStyle(element.ownerDocument.documentElement).colorScheme;
  return scheme.trim() === 'dark' ? 'dark' : 'light';
}
