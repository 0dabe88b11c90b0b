import type { Theme } from './view-model';
import { useUserAction } from './user-action';

interface BoundaryTipProps {
  theme: Theme;
  /** The pack's "Keep personal and professional boundaries" entry's title; null when the pack has none (the link opens the library). */
  guidanceTitle: string | null;
  onGuidance(): void;
  onDismiss(): void;
}

/** Beside a colleague's friend request: accepting is fine, and here is how to keep work and personal apart. */
export function BoundaryTip({ theme, guidanceTitle, onGuidance, onDismiss }: BoundaryTipProps) {
  const act = useUserAction();
  return (
    // A note beside Facebook's own page, not a page: a labelled region, never a second main landmark or h1.
    <section class={`gp-tip gp-theme-${theme}`} aria-labelledby="gp-tip-title" data-guidepost="boundary-tip">
      <div class="gp-tip__head">
        <h2 id="gp-tip-title" class="gp-tip__title">
          Someone from work?
        </h2>
        <button type="button" class="gp-tip__close" aria-label="Close tip" title="Close (Esc)" onClick={act(onDismiss)}>
          ×
        </button>
      </div>
      <p class="gp-tip__text">
        You can accept and still keep boundaries: add them to a “Work” friend list or to Restricted, and choose who sees each post with its audience.
      </p>
      <a
        class="gp-tip__link"
        href="#"
        onClick={act((event: MouseEvent) => {
          event.preventDefault();
          onGuidance();
        })}
      >
        {guidanceTitle ?? 'Guidance on boundaries'}
      </a>
    </section>
  );
}
