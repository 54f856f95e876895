import { describe, expect, it } from 'vitest';
import { isTrustedSender, screenInvoke } from '../../electron/main/trustedSender';
import { CHANNELS, isCoherenceChannel } from '../../electron/shared/channels';

describe('isTrustedSender', () => {
  it('accepts the top frame of app://coherence pages', () => {
    expect(isTrustedSender('app://coherence/index.html', true)).toBe(true);
    expect(isTrustedSender('app://coherence/', true)).toBe(true);
    expect(isTrustedSender('app://coherence/index.html#/documents/3', true)).toBe(true);
  });

  it('refuses subframes, even from the Coherence origin', () => {
    expect(isTrustedSender('app://coherence/index.html', false)).toBe(false);
  });

  it('refuses file://, http(s)://, data: and about:blank pages', () => {
    for (const url of [
      'file:///work/main/dist/renderer/index.html',
      'http://127.0.0.1:5173/',
      'https://coherence/index.html',
      'http://coherence/index.html',
      'data:text/html,<script>1</script>',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
    ]) {
      expect(isTrustedSender(url, true), url).toBe(false);
    }
  });

  it('refuses other hosts, ports, credentials and look-alikes on the app scheme', () => {
    for (const url of [
      'app://evil/index.html',
      'app://coherence.evil.com/index.html',
      'app://coherence:8080/index.html',
      'app://user:pass@coherence/index.html',
      'app://coherencex/index.html',
      'app:coherence/index.html',
    ]) {
      expect(isTrustedSender(url, true), url).toBe(false);
    }
  });

  it('refuses a frame without a URL and strings that are not URLs', () => {
    expect(isTrustedSender(null, true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
    expect(isTrustedSender('', true)).toBe(false);
    expect(isTrustedSender('coherence', true)).toBe(false);
  });
});

describe('screenInvoke', () => {
  const top = { url: 'app://coherence/index.html', isTopFrame: true };

  it('passes a trusted call on with its method name', () => {
    expect(screenInvoke(top, 'project.recent')).toEqual({ accept: true, method: 'project.recent' });
  });

  it('answers an untrusted sender with an unauthorized envelope, whatever the method', () => {
    const screened = screenInvoke({ url: 'https://example.org/', isTopFrame: true }, 'project.open');
    expect(screened.accept).toBe(false);
    if (screened.accept) return;
    expect(screened.reply.ok).toBe(false);
    if (screened.reply.ok) return;
    expect(screened.reply.error.code).toBe('unauthorized');
    expect(screened.reply.error.message).toContain('not the Coherence window');
  });

  it('refuses a subframe of the Coherence page', () => {
    const screened = screenInvoke({ url: 'app://coherence/index.html', isTopFrame: false }, 'project.open');
    expect(screened.accept ? 'accepted' : screened.reply.ok ? 'ok' : screened.reply.error.code).toBe('unauthorized');
  });

  it('refuses a method that is not a non-empty string', () => {
    for (const method of [42, null, undefined, '', { name: 'project.open' }]) {
      const screened = screenInvoke(top, method);
      expect(screened.accept ? 'accepted' : screened.reply.ok ? 'ok' : screened.reply.error.code).toBe('invalid-args');
    }
  });
});

describe('IPC channels', () => {
  it('carry the coherence: prefix and are exactly two', () => {
    expect(Object.values(CHANNELS)).toEqual(['coherence:invoke', 'coherence:event']);
    expect(Object.values(CHANNELS).every(isCoherenceChannel)).toBe(true);
    expect(isCoherenceChannel('vscode:invoke')).toBe(false);
  });
});
