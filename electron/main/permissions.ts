/**
 * Web permissions (camera, microphone, notifications, geolocation, clipboard reads, HID, serial,
 * fullscreen requests from the page ...). Coherence needs none of them: copying works through
 * the Edit menu's roles, which are not web permissions. Everything is refused (Electron
 * security checklist 5), whoever asks.
 */
export function decidePermission(_permission: string, _requestingUrl?: string): boolean {
  return false;
}
