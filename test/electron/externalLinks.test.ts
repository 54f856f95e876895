import { describe, expect, it } from 'vitest';
import { EXTERNAL_LINK_HOSTS, isAllowedExternalUrl } from '../../electron/main/externalLinks';

describe('isAllowedExternalUrl', () => {
  it('allows https links to the listed hosts', () => {
    expect(isAllowedExternalUrl('https://github.com/coherence/coherence/issues')).toBe(true);
    expect(isAllowedExternalUrl('https://www.qdasoftware.org/refi-qda-project/')).toBe(true);
    expect(isAllowedExternalUrl('https://GitHub.com/')).toBe(true);
  });

  it('refuses plain http, file, javascript, custom schemes and the app itself', () => {
    for (const url of [
      'http://github.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://coherence/index.html',
      'smb://server/share',
      'mailto:someone@example.org',
      'ms-msdt:/id PCWDiagnostic',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('refuses hosts that only look like a listed one', () => {
    for (const url of [
      'https://github.com.evil.example/',
      'https://evilgithub.com/',
      'https://gist.github.com/',
      'https://github.com@evil.example/',
      'https://evil.example/?q=https://github.com/',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('refuses credentials, unusual ports and unparseable text', () => {
    expect(isAllowedExternalUrl('https://user:secret@github.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://github.com:8443/')).toBe(false);
    expect(isAllowedExternalUrl('not a url')).toBe(false);
    expect(isAllowedExternalUrl('')).toBe(false);
  });

  it('takes another allowlist when given one', () => {
    expect(isAllowedExternalUrl('https://docs.example.org/guide', ['docs.example.org'])).toBe(true);
    expect(isAllowedExternalUrl('https://github.com/', ['docs.example.org'])).toBe(false);
    expect(EXTERNAL_LINK_HOSTS).toContain('github.com');
  });
});
