/**
 * Links a researcher may follow out of the app. The app never navigates away from
 * app://coherence; a link to one of these sites opens in the system browser instead, and any
 * other link does nothing (Electron security checklist 13, 14). Only https, no credentials in
 * the URL, no unusual port, and an exact host from this list (no subdomain wildcards).
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [
  // Project home, releases and issue tracker.
  'github.com',
  // The REFI-QDA standard Coherence imports and exports.
  'www.qdasoftware.org',
  'qdasoftware.org',
];

export function isAllowedExternalUrl(url: string, hosts: readonly string[] = EXTERNAL_LINK_HOSTS): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  if (parsed.port !== '') return false;
  return hosts.includes(parsed.hostname.toLowerCase());
}
