/**
 * Headers the built site must be sent with: by `npm start`'s server (scripts/src/serve/
 * static-server.ts), by the site's own browser tests, and (site/README.md, "Hosting the static
 * output") by any other static host.
 *
 * The built site has no inline script, no inline `<style>` and no `style` attribute (Astro's
 * `build.inlineStylesheets: "never"` and no inlined script chunks, see astro.config.ts), so
 * both `script-src` and `style-src` are `'self'` only. `'wasm-unsafe-eval'` lets Pagefind compile
 * its search WebAssembly; `data:` images are the small SVG icons KRDS's CSS embeds.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Sent with every answer, files and error pages alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};
