// A tiny element builder for the Facebook replica, which has no framework of its own
// around Lexical (the X replica uses React because Draft.js needs it).

type Child = Node | string | null | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** Facebook's controls are divs with role="button": activate on click, Enter and Space. */
export function roleButton(label: string, content: Child, onActivate: () => void, className = ''): HTMLDivElement {
  const button = el('div', { role: 'button', tabindex: '0', 'aria-label': label, class: className }, content);
  button.addEventListener('click', () => {
    if (button.getAttribute('aria-disabled') !== 'true') onActivate();
  });
  button.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    button.click();
  });
  return button;
}
