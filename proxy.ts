// Content-Security-Policy for pages rendered per request: a fresh nonce in the request's CSP header (Next puts it on
// every script it renders) and the same policy on the response. Pages served from the cache are left alone - their
// policy lists the hashes of their inline scripts and travels with the cached entry (lib/security/csp-cache-handler.mjs),
// which keeps them static: a nonce would have forced every page to render per request. The other security headers
// are the same for every response and are set in next.config.js.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp.mjs";
import { loadRouteTable } from "@/lib/security/cached-routes";
import { statsOrderPath } from "@/lib/dataset/stats-order";

const routes = loadRouteTable();

export function proxy(request: NextRequest) {
  // A sorted statistics table is a cached page of its own (app/(marketing)/statistics/sorted): the address stays.
  if (request.nextUrl.pathname === "/statistics") {
    const sorted = statsOrderPath(request.nextUrl.searchParams);
    if (sorted) return NextResponse.rewrite(new URL(sorted, request.url));
  }
  if (routes.cached(request.nextUrl.pathname)) return NextResponse.next();
  const policy = contentSecurityPolicy({
    scriptSources: [`'nonce-${newNonce()}'`],
    dev: env.NODE_ENV === "development",
    https: env.APP_URL.startsWith("https:"),
  });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Pages only: not route handlers, build assets, codec files or metadata files (they run no page scripts).
  matcher: [
    "/((?!api/|_next/static|_next/image|dicom-codecs/|icon\\.svg|opengraph-image|robots\\.txt|sitemap\\.xml).*)",
  ],
};
