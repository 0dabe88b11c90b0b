/** @jsxImportSource react */
// The X single-page app: routes by path with history.pushState like x.com, so the editor
// mounts and unmounts on navigation as it does on the real site.
import { useEffect, useState } from 'react';
import type { ResolvedReplicaOptions } from '../shared/options';
import { SideNav } from './side-nav';
import { ComposeModal } from './x-modal';
import { StatusView } from './x-reply';
import { TimelineView } from './x-timeline';
import { xWords } from './words';

const STATUS_PATH = /^\/[A-Za-z0-9_]+\/status\/\d+/;

function navigate(path: string) {
  history.pushState(null, '', path);
  dispatchEvent(new PopStateEvent('popstate'));
}

export function XApp({ options }: { options: ResolvedReplicaOptions }) {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const controller = new AbortController();
    addEventListener('popstate', () => setPath(location.pathname), { signal: controller.signal });
    // In-app links route without a page load.
    document.addEventListener(
      'click',
      (event) => {
        const link = (event.target as Element).closest('a[href^="/"]');
        if (!link || event.defaultPrevented) return;
        event.preventDefault();
        navigate(link.getAttribute('href')!);
      },
      { signal: controller.signal },
    );
    return () => controller.abort();
  }, []);

  const composing = path === '/compose/post';
  const words = xWords(options.language);
  // Media and thread options belong to the scenario's own composer, i.e. the one at load.
  const firstPath = options.scenario === 'x-modal' || options.scenario === 'x-thread';
  return (
    <div className={`app ${options.layout}`}>
      <SideNav account={options.account} displayName={options.displayName} words={words} />
      {STATUS_PATH.test(path) ? <StatusView options={options} words={words} /> : <TimelineView options={options} words={words} mediaHere={!firstPath} />}
      <div id="layers">
        {composing && (
          <ComposeModal
            kind={options.modalKind}
            words={words}
            narrow={options.layout === 'narrow'}
            initialParts={options.scenario === 'x-thread' ? 2 : 1}
            initialMedia={firstPath && options.media}
            onClose={() => navigate('/home')}
          />
        )}
      </div>
    </div>
  );
}
