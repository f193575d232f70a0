/**
 * The built site's Content-Security-Policy, as a `<meta>` tag in index.html, so that it holds
 * on any static host (an HTML5 game host, a sub-path, a zip) without server headers. Scripts
 * only from the site's own files: no inline script, no `eval`, no `new Function`. Styles may
 * be inline (the page's critical CSS, and Lit's style bindings); pictures may be data: URLs.
 * The dev server is left without it: Vite's client injects inline code there.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'stavka-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
