import { describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES } from '../../electron/main/appOrigin';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/contentSecurityPolicy';
import { decidePermission } from '../../electron/main/permissions';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('CONTENT_SECURITY_POLICY', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it("starts from default-src 'self' and scripts from the app only", () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
  });

  it('allows no eval, no inline script and no remote origin anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('wasm-unsafe-eval');
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
  });

  it('shuts plugins, frames, base rewriting and form posts', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('names each directive once', () => {
    const names = CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)[0]);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBe(12);
  });
});

describe('app:// scheme privileges', () => {
  it('are a secure standard scheme that cannot bypass the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.standard).toBe(true);
    expect(APP_SCHEME_PRIVILEGES.secure).toBe(true);
    expect(APP_SCHEME_PRIVILEGES.bypassCSP).toBe(false);
    expect(APP_SCHEME_PRIVILEGES.corsEnabled).toBe(false);
    expect(APP_SCHEME_PRIVILEGES.allowServiceWorkers).toBe(false);
  });
});

describe('decidePermission', () => {
  it('denies every permission Electron can ask about, from any origin', () => {
    const permissions = [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'clipboard-sanitized-write',
      'fullscreen',
      'openExternal',
      'hid',
      'serial',
      'usb',
      'display-capture',
      'fileSystem',
      'unknown',
    ];
    for (const permission of permissions) {
      expect(decidePermission(permission, 'app://coherence/index.html'), permission).toBe(false);
      expect(decidePermission(permission, 'https://example.org/'), permission).toBe(false);
      expect(decidePermission(permission), permission).toBe(false);
    }
  });
});
