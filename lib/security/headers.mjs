// Security headers for every response (next.config.js headers()). The Content-Security-Policy is not here: it
// depends on the page (nonce or hashes, see csp.mjs).

/** @param {{ https: boolean }} opts @returns {{ key: string, value: string }[]} */
export function securityHeaders({ https }) {
  return [
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    },
    ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

/** The report PDF may be framed by our own pages (the study page shows it in a dialog), by nothing else. */
export const REPORT_FRAME_HEADERS = [
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'self'" },
];
