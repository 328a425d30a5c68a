import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { createAppProtocolHandler, resolveAppAssetPath } from '../../../electron/main/protocol';

const root = path.resolve('/opt/grove/out/renderer');

describe('app:// path resolution', () => {
  it('serves files under the renderer root', () => {
    expect(resolveAppAssetPath(root, 'app://grove/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAssetPath(root, 'app://grove/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAssetPath(root, 'app://grove/assets/a%20b.js')).toBe(
      path.join(root, 'assets/a b.js'),
    );
  });

  it.each([
    'app://grove/../secret.txt',
    'app://grove/%2e%2e/secret.txt',
    'app://grove/%2E%2E/%2E%2E/etc/passwd',
  ])('keeps %s inside the root (the URL parser folds the dot-segments)', (url) => {
    const resolved = resolveAppAssetPath(root, url);
    expect(resolved === null || resolved.startsWith(root + path.sep)).toBe(true);
  });

  it.each([
    'app://grove/assets/..%2f..%2fsecret',
    'app://grove/assets/%2e%2e%5c..%5csecret',
    'app://grove/..%5c..%5csecret',
    'app://grove/a%00.js',
    'app://grove/%E0%A4%A',
    'app://evil/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppAssetPath(root, url)).toBeNull();
  });

  it('answers with the CSP header, 403 for escapes and 404 for missing files', async () => {
    const files = new Map([
      [path.join(root, 'index.html'), new TextEncoder().encode('<html></html>')],
    ]);
    const handler = createAppProtocolHandler(root, CONTENT_SECURITY_POLICY, async (file) => {
      const body = files.get(file);
      if (!body) throw new Error('ENOENT');
      return body;
    });
    const ok = await handler(new Request('app://grove/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(ok.headers.get('content-type')).toMatch(/text\/html/);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await handler(new Request('app://grove/..%2f..%2fx'))).status).toBe(403);
    expect((await handler(new Request('app://grove/missing.js'))).status).toBe(404);
  });
});
