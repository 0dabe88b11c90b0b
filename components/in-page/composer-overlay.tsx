import { useEffect, useRef } from 'preact/hooks';
import { severityRank, type Severity } from '../../rules/schema/finding';
import { Badge } from './badge';
import { FindingCard } from './finding-card';
import { FixOutcomeLine } from './fix-outcome-line';
import { UNCHECKED_LABEL, UNCHECKED_NOTE } from './labels';
import { useUserAction } from './user-action';
import type { ComposerView, OverlayActions } from './view-model';

interface ComposerOverlayProps {
  view: ComposerView;
  actions: OverlayActions;
  /** Told the open cards' height whenever it changes, and null when they close, so the frame can fit them. */
  onPanelHeight?: (height: number | null) => void;
}

function highestSeverity(view: ComposerView): Severity | null {
  let highest: Severity | null = null;
  for (const { finding } of view.findings) {
    if (highest === null || severityRank(finding.severity) > severityRank(highest)) highest = finding.severity;
  }
  return highest;
}

function liveText(count: number, unchecked: boolean): string {
  if (count === 0) return unchecked ? UNCHECKED_LABEL : '';
  return count === 1 ? 'Guidepost: 1 thing to check' : `Guidepost: ${count} things to check`;
}

/** The badge beside one composer, and its cards when the writer opens them. */
export function ComposerOverlay({ view, actions, onPanelHeight }: ComposerOverlayProps) {
  const panelRef = useRef<HTMLElement>(null);
  const wasOpen = useRef(false);
  const act = useUserAction();
  const count = view.findings.length;
  const showPanel = view.place !== null && view.open && (count > 0 || view.outcome !== null || view.unchecked);

  useEffect(() => {
    // Opening moves focus to the cards so keyboard and screen reader users land on them.
    if (view.open && !wasOpen.current) panelRef.current?.querySelector<HTMLElement>('button, [tabindex]')?.focus();
    wasOpen.current = view.open;
  }, [view.open]);

  useEffect(() => {
    if (!onPanelHeight) return;
    const panel = panelRef.current;
    if (!showPanel || !panel) {
      onPanelHeight(null);
      return;
    }
    // The height the cards want, not the height they were given: where they go depends on it.
    const report = () => onPanelHeight(Math.ceil(panel.scrollHeight + panel.offsetHeight - panel.clientHeight));
    report();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(report);
    observer.observe(panel);
    return () => observer.disconnect();
  }, [showPanel, onPanelHeight]);

  if (!view.place) return null;
  const { place } = view;
  const highest = highestSeverity(view);
  const panelId = `gp-panel-${view.id}`;
  const toggle = act(() => actions.toggle(view.id));
  return (
    <div class={`gp-composer gp-theme-${view.theme}`} data-composer={view.id}>
      <div class="gp-badge-slot" style={{ top: `${place.badge.top}px`, left: `${place.badge.left}px` }}>
        <Badge
          count={count}
          highest={highest}
          composerLabel={view.label}
          unchecked={view.unchecked}
          open={showPanel}
          panelId={panelId}
          onToggle={toggle}
        />
      </div>
      <p class="gp-visually-hidden" aria-live="polite">
        {liveText(count, view.unchecked)}
      </p>
      {showPanel && (
        <section
          ref={panelRef}
          id={panelId}
          class="gp-panel"
          aria-label={`Guidepost: checks for this ${view.label.toLowerCase()}`}
          data-guidepost="panel"
          style={{
            left: `${place.panel.left}px`,
            width: place.panel.width === undefined ? undefined : `${place.panel.width}px`,
            top: place.panel.top === undefined ? undefined : `${place.panel.top}px`,
            bottom: place.panel.bottom === undefined ? undefined : `${place.panel.bottom}px`,
            maxHeight: `${place.panel.maxHeight}px`,
          }}
          onKeyDown={act((event: KeyboardEvent) => {
            if (event.key !== 'Escape') return;
            event.stopPropagation();
            actions.toggle(view.id);
          })}
        >
          <header class="gp-panel__head">
            <h2 class="gp-panel__brand">Guidepost</h2>
            <button type="button" class="gp-close" aria-label="Close" onClick={toggle}>
              <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
                <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
              </svg>
            </button>
          </header>
          <FixOutcomeLine outcome={view.outcome} onCopy={(text) => actions.copy(view.id, view.outcome?.rule ?? '', text)} />
          {view.unchecked && count === 0 && (
            <p class="gp-panel__note gp-panel__note--unchecked" data-guidepost="unchecked">
              {UNCHECKED_NOTE}
            </p>
          )}
          {view.findings.map((finding) => (
            <FindingCard
              key={finding.finding.rule}
              idPrefix={view.id}
              view={finding}
              context={view.context}
              onFix={(fix) => actions.applyFix(view.id, finding.finding.rule, fix)}
              basic={view.basic}
              onDismiss={() => actions.dismiss(view.id, finding.finding.rule)}
              onNotRight={() => actions.notRight(view.id, finding.finding.rule)}
            />
          ))}
          {view.basic ? (
            <p class="gp-panel__note">
              This site has changed its page, so Guidepost reads this box in basic mode: it checks your words, but won't change your
              text or ask before you post.
            </p>
          ) : !view.guarded && (
            <p class="gp-panel__note">Guidepost can't find this box's Post button here, so it won't ask before posting.</p>
          )}
          <p class="gp-panel__private">
            <svg viewBox="0 0 16 16" width="11" height="11" aria-hidden="true">
              <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2M3.5 7h9v6.5h-9z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
            </svg>
            Checked on this device. Your draft is never sent.
          </p>
        </section>
      )}
    </div>
  );
}
