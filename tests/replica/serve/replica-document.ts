// The HTML document and headers a replica is served with. The CSP is shaped like the real
// sites' (scripts only from the site's own bundle URL, no inline script, no data: fonts,
// inline styles allowed as both sites do), so the extension is tested under it.
import { REPLICA_OPTIONS_META, type ResolvedReplicaOptions } from '../shared/options';
import type { ReplicaBundle } from './replica-bundles';
import { SCRIPT_URLS, siteOf } from './replica-urls';

const CSP = {
  x: [
    "default-src 'self'",
    `script-src 'self' ${SCRIPT_URLS.x}`,
    "style-src 'self' 'unsafe-inline' https://abs.twimg.com",
    "img-src 'self' blob: data: https://*.twimg.com",
    "font-src 'self' https://abs.twimg.com",
    "connect-src 'self' blob: https://api.x.com",
    "media-src 'self' blob: https://*.twimg.com",
    "object-src 'none'",
    "worker-src 'self' blob:",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ],
  fb: [
    "default-src 'self' blob:",
    `script-src 'self' ${SCRIPT_URLS.fb}`,
    "style-src 'self' 'unsafe-inline' https://static.xx.fbcdn.net",
    "img-src 'self' data: blob: https://*.fbcdn.net",
    "font-src 'self' https://static.xx.fbcdn.net",
    "connect-src 'self' https://*.facebook.com wss://*.facebook.com",
    "media-src 'self' blob: https://*.fbcdn.net",
    "object-src 'none'",
    "frame-ancestors 'self'",
  ],
};

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function replicaDocument(options: ResolvedReplicaOptions, bundle: ReplicaBundle): { body: string; headers: Record<string, string> } {
  const site = siteOf(options.scenario);
  const dark = options.theme === 'dark';
  const htmlClass = dark ? (site === 'x' ? 'dark' : '__fb-dark-mode') : '';
  const title = site === 'x' ? 'Home / X' : 'Facebook';
  const mount = site === 'x' ? 'react-root' : 'mount';
  const lang = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' }[options.language];
  const body = `<!DOCTYPE html>
<html lang="${lang}" dir="ltr" class="${htmlClass}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="${dark ? '#000000' : '#ffffff'}">
<meta name="${REPLICA_OPTIONS_META}" content="${escapeAttribute(JSON.stringify(options))}">
<title>${title}</title>
<style>${bundle.css}</style>
</head>
<body>
<div id="${mount}"></div>
<script src="${SCRIPT_URLS[site]}"></script>
</body>
</html>`;
  return {
    body,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CSP[site].join('; '),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    },
  };
}
