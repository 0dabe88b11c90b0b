// Rendering Guidepost's Preact UI in happy-dom for a test: components read storage asynchronously,
// so a test waits for them to settle before reading what they show.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
}

export interface MountedUi {
  root: HTMLElement;
  text(): string;
  unmount(): void;
}

/** Renders `ui` into a new element of the document and waits for it to settle. */
export async function mountUi(ui: ComponentChild): Promise<MountedUi> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(ui, root));
  await settle();
  return {
    root,
    text: () => root.textContent ?? '',
    unmount() {
      render(null, root);
      root.remove();
    },
  };
}
