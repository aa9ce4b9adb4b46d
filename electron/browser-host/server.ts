import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { LIMITS } from '../../shared/domain/limits';
import { REQUEST_BYTE_LIMITS, type Handlers } from '../../shared/ipc/contract';
import { dispatch } from '../main/ipc/dispatch';
import { CONTENT_SECURITY_POLICY, contentType, resolveInside } from '../main/staticPath';

export interface BrowserHostOptions {
  readonly handlers: Handlers;
  readonly rendererDir: string;
  readonly port: number;
}

/**
 * Loopback only. Every API call must carry the per-run token that is written into the served
 * index.html and must name this server in its Host header, so another web page in the same
 * browser (or a DNS-rebinding trick) cannot read or change the production.
 */
export function startBrowserHost(options: BrowserHostOptions): Promise<Server> {
  const token = randomBytes(24).toString('hex');
  const server = createServer((req, res) => {
    handle(req, res, options, token, server).catch((e) => {
      console.error(e);
      send(res, 500, 'text/plain', 'Internal error');
    });
  });
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolveListen(server));
  });
}

async function handle(req: IncomingMessage, res: ServerResponse, options: BrowserHostOptions, token: string, server: Server): Promise<void> {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  if (req.headers.host !== `127.0.0.1:${port}` && req.headers.host !== `localhost:${port}`) {
    return send(res, 421, 'text/plain', 'Wrong host');
  }
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  if (url.pathname.startsWith('/api/')) {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'Use POST');
    if (req.headers['x-closed-set-token'] !== token) return send(res, 403, 'text/plain', 'Missing or wrong token');
    const channel = decodeChannel(url.pathname.slice('/api/'.length));
    // Own keys only: a channel named like an Object.prototype member must not lift the limit.
    const limit = (Object.hasOwn(REQUEST_BYTE_LIMITS, channel) && (REQUEST_BYTE_LIMITS as Record<string, number>)[channel]) || LIMITS.requestBytes;
    const body = await readBody(req, limit);
    if (body === null) {
      return sendJson(res, { ok: false, error: { code: 'too-large', message: `That request is too large (the limit is ${limit / 1000} KB). Nothing was changed.` } });
    }
    let args: unknown;
    try {
      args = body.length ? JSON.parse(body) : {};
    } catch {
      return sendJson(res, { ok: false, error: { code: 'invalid-argument', message: 'The request was not valid JSON. Nothing was changed.' } });
    }
    return sendJson(res, await dispatch(options.handlers, channel, args));
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
  const path = resolveInside(options.rendererDir, url.pathname);
  if (!path) return send(res, 404, 'text/plain', 'Not found');
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch {
    return send(res, 404, 'text/plain', 'Not found');
  }
  if (path.endsWith('index.html')) {
    const html = data.toString('utf8').replace('<head>', `<head>\n    <meta name="closed-set-token" content="${token}">`);
    return send(res, 200, contentType(path), html);
  }
  return send(res, 200, contentType(path), data);
}

/** The channel named in the URL; a malformed escape (`%zz`) is kept as written, for dispatch to refuse by name. */
function decodeChannel(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, value: unknown): void {
  send(res, 200, 'application/json', JSON.stringify(value));
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'referrer-policy': 'no-referrer',
  });
  res.end(body);
}
