import path from 'node:path';

/** The packaged renderer is served from this origin instead of `file://`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'grove';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Maps an `app://grove/...` request to a file inside `rootDir`, or null when the request must be
 * refused: another host, or a path that would escape the root (`..`, encoded `%2e%2e`, encoded
 * slashes or backslashes, NUL bytes).
 */
export function resolveAppAssetPath(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  // A decoded slash or dot-segment that the URL parser did not normalise is an escape attempt.
  if (pathname.split('/').some((segment) => segment === '..')) return null;

  const relative =
    pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, relative);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return null;
  return resolved;
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Security headers sent with every app document and asset. */
export function responseHeaders(filePath: string, csp: string): Record<string, string> {
  return {
    'Content-Type': mimeTypeFor(filePath),
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}

/** The `app://` handler: only files under the built renderer, each with the CSP header. */
export function createAppProtocolHandler(
  rootDir: string,
  csp: string,
  readFile: (file: string) => Promise<Uint8Array>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = resolveAppAssetPath(rootDir, request.url);
    if (!file) return new Response('Forbidden', { status: 403 });
    try {
      const body = await readFile(file);
      return new Response(body as Uint8Array<ArrayBuffer>, {
        status: 200,
        headers: responseHeaders(file, csp),
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}
