import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { resolveStaticPath } from '../../core/server/staticFiles';
import { startWebServer, type WebServer } from '../../core/server/webServer';
import { testCore, type TestCore } from '../support/testCore';

/** A raw HTTP request, so the Host header and cookies are exactly what the test says. */
function raw(port: number, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

describe('web-mode server', () => {
  let t: TestCore;
  let server: WebServer;
  let host: string;
  beforeEach(async () => {
    t = testCore();
    const staticDir = path.join(t.dir, 'renderer');
    mkdirSync(staticDir);
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Coherence</title>');
    server = await startWebServer({ core: t.core, staticDir });
    host = `127.0.0.1:${server.port}`;
  });
  afterEach(async () => {
    await server.close();
    t.close();
  });

  it('listens on the loopback interface only and prints a URL with its token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(40);
  });

  it('rejects requests without the token', async () => {
    const page = await raw(server.port, { headers: { Host: host } });
    expect(page.status).toBe(401);
    const rpc = await raw(server.port, { method: 'POST', path: '/rpc', headers: { Host: host, 'Content-Type': 'application/json' }, body: '{"method":"project.current","args":{}}' });
    expect(rpc.status).toBe(401);
    const wrong = await raw(server.port, { method: 'POST', path: '/rpc', headers: { Host: host, Authorization: 'Bearer nope' }, body: '{}' });
    expect(wrong.status).toBe(401);
  });

  it('rejects a foreign Host header even with the token (DNS rebinding)', async () => {
    const res = await raw(server.port, { path: `/?token=${server.token}`, headers: { Host: `evil.example:${server.port}` } });
    expect(res.status).toBe(403);
  });

  it('trades the token in the address for a same-site HttpOnly cookie that then opens the app', async () => {
    const first = await raw(server.port, { path: `/?token=${server.token}`, headers: { Host: host } });
    expect(first.status).toBe(302);
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await raw(server.port, { headers: { Host: host, Cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Coherence</title>');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
  });

  it('answers API calls with a Wire envelope and refuses cross-site posts', async () => {
    const headers = { Host: host, Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' };
    const ok = await raw(server.port, { method: 'POST', path: '/rpc', headers, body: JSON.stringify({ method: 'project.current', args: {} }) });
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: null });
    const bad = await raw(server.port, { method: 'POST', path: '/rpc', headers, body: JSON.stringify({ method: 'documents.list', args: {} }) });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'no-project' } });
    const cross = await raw(server.port, { method: 'POST', path: '/rpc', headers: { ...headers, Origin: 'https://evil.example' }, body: '{}' });
    expect(cross.status).toBe(403);
  });

  it('pushes events over the WebSocket only to authenticated clients', async () => {
    const denied = new WebSocket(`ws://${host}/events`);
    const deniedResult = await new Promise<string>((resolve) => {
      denied.on('open', () => resolve('open'));
      denied.on('error', () => resolve('refused'));
    });
    expect(deniedResult).toBe('refused');

    const ws = new WebSocket(`ws://${host}/events`, { headers: { Authorization: `Bearer ${server.token}` } });
    await new Promise((resolve, reject) => {
      ws.on('open', resolve);
      ws.on('error', reject);
    });
    const received = new Promise<{ name: string }>((resolve) => ws.on('message', (m) => resolve(JSON.parse(String(m)) as { name: string })));
    await t.call('project.create', { path: path.join(t.dir, 'p.coherence') });
    expect((await received).name).toBe('project.changed');
    ws.close();
  });

  it('never serves files outside the renderer build', () => {
    const root = '/srv/renderer';
    expect(resolveStaticPath(root, '/../../etc/passwd')).toBeNull();
    expect(resolveStaticPath(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveStaticPath(root, '/assets/app.js')).toBe('/srv/renderer/assets/app.js');
    expect(resolveStaticPath(root, '/x%00y')).toBeNull();
  });
});
