import { render } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import { FindingCard } from '../../components/in-page/finding-card';
import { EventTrustContext } from '../../components/in-page/user-action';
import type { FindingView } from '../../components/in-page/view-model';
import type { DraftContext } from '../../rules/schema/context';
import type { Fix } from '../../rules/schema/finding';
import inPageCss from '../../components/in-page/in-page.css?inline';

interface FindingPreviewProps {
  views: FindingView[];
  context: DraftContext;
  onFix(fix: Fix): void;
  onHide(rule: string): void;
}

/**
 * The cards exactly as staff see them beside the composer: the in-page components and styles,
 * in a shadow root of their own so this page's styles and theirs do not mix.
 */
export function FindingPreview({ views, context, onFix, onHide }: FindingPreviewProps) {
  const host = useRef<HTMLDivElement>(null);
  // The cards render in a tree of their own: it takes the same word on which events are the admin's.
  const trusted = useContext(EventTrustContext);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    render(
      <EventTrustContext.Provider value={trusted}>
        <style>{inPageCss}</style>
        <div class={`gp-theme-${theme} gp-preview`}>
          {views.map((view) => (
            <FindingCard
              key={view.finding.rule}
              idPrefix="admin-preview"
              view={view}
              context={context}
              onFix={onFix}
              onDismiss={() => onHide(view.finding.rule)}
              onNotRight={() => onHide(view.finding.rule)}
            />
          ))}
        </div>
      </EventTrustContext.Provider>,
      root,
    );
  }, [views, context, onFix, onHide, trusted]);
  useEffect(() => {
    const element = host.current;
    return () => {
      if (element?.shadowRoot) render(null, element.shadowRoot);
    };
  }, []);
  return <div ref={host} class="gp-admin-preview" data-guidepost="admin-preview" />;
}
