import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin';

/**
 * Maps an app://coherence/... request to a file inside the renderer build, or refuses it.
 *
 * The URL parser already folds `/../` and `%2e%2e` segments, so the dangerous inputs are the
 * ones that only become separators after percent-decoding (`%2f`, `%5c`), NUL bytes, and
 * drive letters or alternate data streams on Windows. Decoded paths with any `.`/`..`
 * segment, backslash, colon or NUL are refused outright, and the result must still lie
 * inside `root` (belt and braces).
 */
export function resolveAppProtocolPath(requestUrl: string, root: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port !== '') return null;
  if (url.username !== '' || url.password !== '') return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (/[\0\\:]/.test(decoded)) return null;

  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '.' || s === '..')) return null;
  if (segments.length === 0 || decoded.endsWith('/')) segments.push('index.html');

  const base = path.resolve(root);
  const file = path.resolve(base, ...segments);
  const relative = path.relative(base, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return file;
}
