import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Services } from '../main/services';
import { contentSecurityPolicy } from '../shared/security/csp';
import { MAX_MESSAGE_BYTES, readClientMessage } from './ws-message';

export interface TestControls {
  /** Handles POST/GET /<token>/__test/<name>; returns the JSON answer, or undefined for 404. */
  handle(name: string, method: string, body: unknown): Promise<unknown> | unknown;
}

export interface HarnessServerOptions {
  services: Services;
  rendererDir: string;
  bridgeScript: string;
  port: number;
  controls?: TestControls;
  token?: string;
  /** The page says whether it is focused and visible. */
  onPagePresence?(presence: { focused: boolean; visible: boolean }): void;
  /** Where a socket's failure is told (default: the console). */
  onSocketError?(error: Error): void;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Serves the built renderer and the contract over a WebSocket, on loopback only. It is meant to
 * be safe to leave running: everything lives under a random per-run token, and the Host and
 * Origin headers must name this server, so that neither another web page nor a DNS-rebinding
 * trick can drive the services.
 */
export async function startHarnessServer(options: HarnessServerOptions) {
  const token = options.token ?? randomBytes(18).toString('base64url');
  const prefix = `/${token}/`;
  let port = options.port;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const hostOk = (req: http.IncomingMessage) => allowedHosts().includes(req.headers.host ?? '');
  const originOk = (origin: string | undefined) =>
    origin !== undefined && allowedHosts().some((h) => origin === `http://${h}`);

  // Beside index.html's meta tag: the header names this run's simulator port exactly.
  const csp = contentSecurityPolicy({ simulatorOrigin: options.services.simulator?.url ?? null });
  const send = (
    res: http.ServerResponse,
    status: number,
    body: string | Buffer,
    type = 'text/plain; charset=utf-8',
  ) => {
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      ...(type === CONTENT_TYPES['.html'] ? { 'Content-Security-Policy': csp } : {}),
      'Content-Type': type,
    });
    res.end(body);
  };

  const indexHtml = async () => {
    const html = await fs.readFile(path.join(options.rendererDir, 'index.html'), 'utf8');
    return html.replace('<head>', '<head>\n    <script src="./__harness/bridge.js"></script>');
  };

  const readBody = async (req: http.IncomingMessage): Promise<unknown> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    return text ? (JSON.parse(text) as unknown) : undefined;
  };

  const handleHttp = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!hostOk(req)) return send(res, 421, 'Wrong host');
    const url = new URL(req.url ?? '/', 'http://placeholder');
    if (!url.pathname.startsWith(prefix)) return send(res, 404, 'Not found');
    // A page of another origin may not drive the harness with a simple request either.
    if (req.headers.origin !== undefined && !originOk(req.headers.origin))
      return send(res, 403, 'Wrong origin');
    const rest = url.pathname.slice(prefix.length);

    if (rest.startsWith('__test/')) {
      if (!options.controls) return send(res, 404, 'Test controls are on only with --fake-clock');
      try {
        const answer = await options.controls.handle(
          rest.slice('__test/'.length),
          req.method ?? 'GET',
          await readBody(req),
        );
        if (answer === undefined) return send(res, 404, 'No such control');
        return send(res, 200, JSON.stringify(answer), 'application/json');
      } catch (e) {
        return send(res, 400, e instanceof Error ? e.message : String(e));
      }
    }
    if (req.method !== 'GET') return send(res, 405, 'Method not allowed');
    if (rest === '' || rest === 'index.html')
      return send(res, 200, await indexHtml(), CONTENT_TYPES['.html']);
    if (rest === '__harness/bridge.js')
      return send(res, 200, options.bridgeScript, CONTENT_TYPES['.js']);

    let name: string;
    try {
      name = decodeURIComponent(rest);
    } catch {
      // A malformed %-escape names no file of ours.
      return send(res, 404, 'Not found');
    }
    const file = path.resolve(options.rendererDir, name);
    if (!file.startsWith(path.resolve(options.rendererDir) + path.sep))
      return send(res, 404, 'Not found');
    try {
      const data = await fs.readFile(file);
      return send(res, 200, data, CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
    } catch {
      return send(res, 404, 'Not found');
    }
  };

  const server = http.createServer((req, res) => {
    handleHttp(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.destroy();
      socketError(e instanceof Error ? e : new Error(String(e)));
    });
  });
  // Messages up to 4 MiB are read and, past 1 MiB, refused with an answer; beyond that `ws`
  // closes the socket with 1009 (message too big) and reports an error on it.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4 * MAX_MESSAGE_BYTES });
  const socketError =
    options.onSocketError ?? ((e: Error) => console.error('harness socket:', e.message));
  const sendTo = (ws: WebSocket, data: unknown) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(data));
  };
  const sockets = new Set<WebSocket>();

  server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://placeholder');
    if (!hostOk(req) || !originOk(req.headers.origin) || url.pathname !== `${prefix}ws`) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const origin = req.headers.origin as string;
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      // Without a listener, one oversized or broken frame would throw out of the server.
      ws.on('error', socketError);
      ws.on('message', (raw, isBinary) => {
        const message = readClientMessage(raw, isBinary);
        if (message.kind === 'refuse') {
          const error = { kind: 'invalid_payload', message: message.message };
          if (message.id !== undefined)
            sendTo(ws, { type: 'result', id: message.id, result: { ok: false, error } });
          else sendTo(ws, { type: 'error', error });
          return;
        }
        if (message.kind === 'presence') {
          options.onPagePresence?.({ focused: message.focused, visible: message.visible });
          return;
        }
        const { id } = message;
        // The page's own URL is the sender frame: the upgrade above has checked its origin.
        void options.services.router
          .dispatch(message.channel, message.payload, `${origin}${prefix}`)
          .then(
            (result) => sendTo(ws, { type: 'result', id, result }),
            (e: unknown) => {
              socketError(e instanceof Error ? e : new Error(String(e)));
              sendTo(ws, {
                type: 'result',
                id,
                result: { ok: false, error: { kind: 'internal', message: 'Timedeck failed.' } },
              });
            },
          );
      });
    });
  });

  const unsubscribe = options.services.events.subscribe((event, payload) => {
    const data = JSON.stringify({ type: 'event', event, payload });
    sockets.forEach((ws) => {
      if (ws.readyState === ws.OPEN) ws.send(data);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as { port: number }).port;

  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    origin: `http://127.0.0.1:${port}`,
    port,
    token,
    async close() {
      unsubscribe();
      sockets.forEach((ws) => ws.terminate());
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The harness's sender check: a page served under this run's token, from this server. */
export const harnessSenderCheck = (getOrigin: () => string, token: () => string) => (url: URL) =>
  url.origin === getOrigin() && url.pathname.startsWith(`/${token()}/`);
