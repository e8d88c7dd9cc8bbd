// Which requests are answered by a page from Next's cache (static or ISR), read from the build's own manifests:
// those carry their CSP (hashes of their inline scripts, lib/security/csp-cache-handler.mjs); every other page is
// rendered per request and gets a nonce from proxy.ts. Two policies on one response would both be enforced, so the
// split must be exact - the build output, not a hand-kept list, decides it.
import fs from "node:fs";
import path from "node:path";

interface RoutesManifest {
  staticRoutes: { page: string }[];
  dynamicRoutes: { page: string; regex: string }[];
}
interface PrerenderManifest {
  routes: Record<string, unknown>;
  dynamicRoutes: Record<string, { routeRegex: string }>;
}

export interface RouteTable {
  cached: (pathname: string) => boolean;
}

export function routeTable(routes: RoutesManifest, prerender: PrerenderManifest): RouteTable {
  const prerendered = new Set(Object.keys(prerender.routes));
  const isr = Object.values(prerender.dynamicRoutes).map((r) => new RegExp(r.routeRegex));
  const pages = new Set(routes.staticRoutes.map((r) => r.page));
  const dynamic = routes.dynamicRoutes.map((r) => new RegExp(r.regex));
  return {
    cached(pathname) {
      const p = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
      if (prerendered.has(p) || isr.some((re) => re.test(p))) return true;
      if (pages.has(p) || dynamic.some((re) => re.test(p))) return false;
      return true; // no route: the prerendered 404 page answers
    },
  };
}

/** The table of the build in `distDir`; without one (development) every page renders per request. */
export function loadRouteTable(distDir = path.join(/*turbopackIgnore: true*/ process.cwd(), ".next")): RouteTable {
  try {
    const read = (f: string) => JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ path.join(distDir, f), "utf8"));
    return routeTable(read("routes-manifest.json"), read("prerender-manifest.json"));
  } catch {
    return { cached: () => false };
  }
}
