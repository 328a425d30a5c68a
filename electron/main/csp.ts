/**
 * The Content-Security-Policy for every renderer document. Nothing remote, ever: scripts, styles,
 * fonts and fetches come from the app itself (WebAssembly may be compiled, for Argon2id); images may also be data/blob URLs (pasted images,
 * generated charts). The same policy is in `renderer/index.html` as a meta tag for web mode; a unit
 * test keeps the two identical.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  // 'wasm-unsafe-eval': Argon2id (hash-wasm) compiles WebAssembly. It allows exactly
  // that — no eval(), no new Function(), no inline script.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
].join('; ');
