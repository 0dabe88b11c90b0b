// An attached photo that needs no network (data: images are allowed by the sites' img-src).
export const SAMPLE_IMAGE =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90"><rect width="160" height="90" fill="#8ecae6"/><circle cx="40" cy="30" r="14" fill="#ffb703"/><path d="M0 90 60 40l40 30 20-15 40 35z" fill="#219ebc"/></svg>',
  );
