// The UI is served from app://closed-set/ (never file://): a standard, secure scheme so the page gets a
// real origin, with a path-traversal guard and the Content-Security-Policy on every response.
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY, contentType, resolveInside } from './staticPath';

export const APP_SCHEME = 'app';
export const APP_HOST = 'closed-set';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Must run before `app` is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const BASE_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
};

function notFound(status = 404, text = 'Not found'): Response {
  return new Response(text, { status, headers: { ...BASE_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });
}

/** The handler itself, separate from `protocol.handle` so it can be called directly. */
export function createAppRequestHandler(rendererDir: string): (request: Pick<Request, 'url' | 'method'>) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.host !== APP_HOST) return notFound();
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound(405, 'Method not allowed');
    const file = resolveInside(rendererDir, url.pathname);
    if (!file) return notFound();
    let data: Buffer;
    try {
      data = await readFile(file);
    } catch {
      return notFound();
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(data), {
      status: 200,
      headers: { ...BASE_HEADERS, 'content-type': contentType(file) },
    });
  };
}

/** Call once `app` is ready. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir));
}
