/**
 * Where the UI lives: `app://coherence/`, a privileged custom scheme serving the Vite build
 * (Electron security checklist 18: a real origin instead of file://, so CSP 'self' means
 * something and nothing else on disk is reachable).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'coherence';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Privileges registered before `ready`. standard: relative URLs and a real origin; secure:
 * treated like https (secure context); supportFetchAPI: fetch() of app assets; codeCache: V8
 * caches the bundle. Deliberately not bypassCSP, and not corsEnabled (which would let other
 * origins read app:// responses; the page only loads its own, same-origin files).
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
  bypassCSP: false,
  corsEnabled: false,
  allowServiceWorkers: false,
  stream: false,
} as const;
