// A stylesheet as aggressive as a site's own CSS can be, for the hostile-page tests in both browsers.

/** The hostile stylesheet, added to the replica's document after the site's own CSS. */
export const HOSTILE_CSS = `
* { all: unset !important; }
html, body, div, main, header, nav, section, article, aside, p, ul, li, form, [role="dialog"] { display: block !important; }
head, script, style, meta, title, template { display: none !important; }
body * {
  z-index: 2147483647 !important;
  position: relative !important;
  transform: translateZ(0) rotate(0.3deg) !important;
  font-size: 17px !important;
  line-height: 3 !important;
  color: #c00 !important;
  background: rgba(255, 255, 0, 0.15) !important;
  box-sizing: content-box !important;
  pointer-events: auto !important;
  opacity: 0.98 !important;
  filter: saturate(2) !important;
  visibility: visible !important;
  overflow: visible !important;
  contain: none !important;
}
body *::before, body *::after { content: "" !important; z-index: 2147483647 !important; }
:root { font-size: 5px !important; zoom: 1 !important; }
button, [role="button"], a, input, span, svg, img { display: inline-block !important; }
[contenteditable] { -webkit-user-modify: read-write !important; user-select: text !important; display: block !important; min-height: 40px !important; white-space: pre-wrap !important; }
`;
