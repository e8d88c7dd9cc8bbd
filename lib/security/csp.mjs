// The Content-Security-Policy, in plain JS so that proxy.ts (per-request nonces for dynamic pages), the cache handler
// (hashes of the inline scripts of cached pages, lib/security/csp-cache-handler.mjs) and the tests share one
// definition. Scripts: this origin, plus either the request's nonce or the exact hashes of the page's inline scripts -
// never 'unsafe-inline'. 'wasm-unsafe-eval' lets the viewer's decode worker compile its WebAssembly codecs.
import { createHash } from "node:crypto";

/**
 * @param {{ scriptSources: string[], dev?: boolean, https?: boolean }} opts scriptSources: "'nonce-…'" or "'sha256-…'"
 * @returns {string}
 */
export function contentSecurityPolicy({ scriptSources, dev = false, https = false }) {
  const scripts = ["'self'", ...scriptSources, "'wasm-unsafe-eval'", ...(dev ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // React and the charts set style attributes; styles cannot run code, so inline styles stay allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    // The decode worker (same origin or a blob: bootstrap) and the report PDF shown in a frame.
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // Stripe Checkout is reached by redirect from a form action.
    "form-action 'self' https://checkout.stripe.com",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * 'sha256-…' sources for every inline <script> in `html` (the browser hashes the text between the tags as is).
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const out = new Set();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\ssrc\s*=/i.test(` ${m[1]}`) || m[2] === "") continue;
    out.add(`'sha256-${createHash("sha256").update(m[2], "utf8").digest("base64")}'`);
  }
  return [...out];
}

/** A fresh nonce source for one response. @returns {string} */
export function newNonce() {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
}
