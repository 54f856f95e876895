import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppProtocolPath } from '../../electron/main/appProtocolPath';
import { FALLBACK_MIME_TYPE, mimeTypeFor } from '../../electron/main/mimeTypes';

const root = path.resolve('/srv/coherence/dist/renderer');

describe('resolveAppProtocolPath', () => {
  it('serves index.html for the origin and files below the renderer build', () => {
    expect(resolveAppProtocolPath('app://coherence/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppProtocolPath('app://coherence', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppProtocolPath('app://coherence/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppProtocolPath('app://coherence/assets/index-BX12.js', root)).toBe(path.join(root, 'assets', 'index-BX12.js'));
    expect(resolveAppProtocolPath('app://coherence/assets/', root)).toBe(path.join(root, 'assets', 'index.html'));
  });

  it('ignores the query and fragment', () => {
    expect(resolveAppProtocolPath('app://coherence/index.html?v=2#/documents/4', root)).toBe(path.join(root, 'index.html'));
  });

  it('decodes percent-encoded names that stay inside the build', () => {
    expect(resolveAppProtocolPath('app://coherence/fonts/Source%20Sans.woff2', root)).toBe(
      path.join(root, 'fonts', 'Source Sans.woff2'),
    );
  });

  it('never leaves the renderer build through dot segments', () => {
    // The URL parser folds these, so they land inside the root (and simply 404 there).
    for (const url of ['app://coherence/../../etc/passwd', 'app://coherence/%2e%2e/%2e%2e/etc/passwd', 'app://coherence/%2E%2E/x']) {
      const file = resolveAppProtocolPath(url, root);
      expect(file, url).not.toBeNull();
      expect(path.relative(root, file!).startsWith('..'), url).toBe(false);
    }
    expect(resolveAppProtocolPath('app://coherence/../../etc/passwd', root)).toBe(path.join(root, 'etc', 'passwd'));
  });

  it('refuses separators and dot segments that appear only after decoding', () => {
    for (const url of [
      'app://coherence/..%2f..%2fetc%2fpasswd',
      'app://coherence/%2e%2e%2f%2e%2e%2fetc/passwd',
      'app://coherence/assets/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://coherence/..%5c..%5cwindows%5cwin.ini',
      'app://coherence/assets%5c..%5c..%5csecret',
      'app://coherence/%2e%2e%2fsecret',
    ]) {
      expect(resolveAppProtocolPath(url, root), url).toBeNull();
    }
  });

  it('refuses NUL bytes, drive letters, stream names and malformed encoding', () => {
    for (const url of [
      'app://coherence/index.html%00.png',
      'app://coherence/C:%2fWindows%2fwin.ini',
      'app://coherence/index.html::$DATA',
      'app://coherence/%E0%A4%A',
      'app://coherence/%',
    ]) {
      expect(resolveAppProtocolPath(url, root), url).toBeNull();
    }
  });

  it('refuses other schemes, hosts, ports and credentials', () => {
    for (const url of [
      'file:///srv/coherence/dist/renderer/index.html',
      'https://coherence/index.html',
      'app://other/index.html',
      'app://coherence:81/index.html',
      'app://me@coherence/index.html',
      'not a url',
    ]) {
      expect(resolveAppProtocolPath(url, root), url).toBeNull();
    }
  });
});

describe('mimeTypeFor', () => {
  it('gives module scripts, styles and pages the types Chromium insists on', () => {
    expect(mimeTypeFor('/x/assets/index-1.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/assets/worker.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/assets/index-1.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/x/INDEX.HTML')).toBe('text/html; charset=utf-8');
  });

  it('knows images, fonts, wasm and source maps, and falls back to opaque bytes', () => {
    expect(mimeTypeFor('/x/logo.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('/x/a.png')).toBe('image/png');
    expect(mimeTypeFor('/x/f.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/x/m.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('/x/index-1.js.map')).toBe('application/json; charset=utf-8');
    expect(mimeTypeFor('/x/cmap.bcmap')).toBe(FALLBACK_MIME_TYPE);
    expect(mimeTypeFor('/x/README')).toBe(FALLBACK_MIME_TYPE);
  });
});
