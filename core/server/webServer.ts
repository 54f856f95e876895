import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Core } from '../createCore';
import { isLoopbackHost, isSameOrigin, newToken, requestToken, sessionCookie, tokensMatch } from './access';
import { contentSecurityPolicy, readStatic } from './staticFiles';

/**
 * Web mode: the renderer and the core's API served to a browser on this machine only.
 * POST /rpc carries one API call ({ method, args } -> Wire); /events is a WebSocket that
 * pushes the core's events. Static files come from the Vite build of the renderer.
 */
export interface WebServerOptions {
  core: Core;
  /** The renderer build (dist/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
  /** Largest request body accepted (uploads of files to import travel as base64). */
  maxBodyBytes?: number;
}

export interface WebServer {
  /** Open this in a browser: it carries the token once and then drops it from the address bar. */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error(`request larger than ${limit} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? newToken();
  const limit = options.maxBodyBytes ?? 400 * 1024 * 1024;
  let port = 0;

  const handleRpc = async (req: IncomingMessage, res: ServerResponse) => {
    let call: { method?: unknown; args?: unknown };
    try {
      call = JSON.parse(await readBody(req, limit)) as typeof call;
    } catch (e) {
      send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid-args', message: `Unreadable request: ${(e as Error).message}` } }), 'application/json');
      return;
    }
    const wire = await options.core.handle(typeof call.method === 'string' ? call.method : '', call.args);
    send(res, 200, JSON.stringify(wire), 'application/json; charset=utf-8');
  };

  const server = createServer((req, res) => {
    void (async () => {
      if (!isLoopbackHost(req.headers.host, port)) return send(res, 403, 'Coherence answers only on this computer.');
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      const fromQuery = url.searchParams.get('token') ?? undefined;
      if (req.method === 'GET' && fromQuery !== undefined && tokensMatch(fromQuery, token)) {
        // Exchange the token in the address for a cookie, and take it out of the address bar.
        res.writeHead(302, { 'Set-Cookie': sessionCookie(port, token), Location: url.pathname, 'Cache-Control': 'no-store' });
        return res.end();
      }
      if (!tokensMatch(requestToken(req.headers, port), token)) {
        return send(res, 401, 'This Coherence server needs the link it printed when it started (with its token).');
      }
      if (url.pathname === '/rpc') {
        if (req.method !== 'POST') return send(res, 405, 'POST only');
        if (!isSameOrigin(req.headers.origin, port)) return send(res, 403, 'Cross-site request refused.');
        return handleRpc(req, res);
      }
      if (req.method !== 'GET') return send(res, 405, 'GET only');
      const file = (await readStatic(options.staticDir, url.pathname)) ?? (await readStatic(options.staticDir, '/'));
      if (!file) return send(res, 500, `The user interface has not been built (no ${options.staticDir}/index.html). Run: npm run build`);
      res.writeHead(200, {
        'Content-Type': file.type,
        'Content-Security-Policy': contentSecurityPolicy,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      });
      res.end(file.body);
    })().catch((e: unknown) => send(res, 500, String(e)));
  });
  server.keepAliveTimeout = 60_000;

  const sockets = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const allowed =
      isLoopbackHost(req.headers.host, port) &&
      isSameOrigin(req.headers.origin, port) &&
      tokensMatch(requestToken(req.headers, port), token) &&
      (req.url ?? '').startsWith('/events');
    if (!allowed) {
      socket.write('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws: WebSocket) => sockets.emit('connection', ws, req));
  });
  const unsubscribe = options.core.onEvent((event) => {
    const message = JSON.stringify(event);
    for (const client of sockets.clients) if (client.readyState === client.OPEN) client.send(message);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: async () => {
      unsubscribe();
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
