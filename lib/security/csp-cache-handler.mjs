// Next's own file-system ISR cache, plus one thing: every cached page carries a Content-Security-Policy whose script
// sources are the hashes of exactly the inline scripts in its HTML. Static and ISR pages (the storefront pages, the
// study page) are rendered once and served many times, so a per-request nonce cannot be in their HTML; the hashes are
// computed when a page enters the cache (`set`) or is first read from the build output (`get`) and are stored in
// the entry's headers, which Next sends with every response built from that entry - the policy always matches the
// HTML it travels with. Dynamic pages get a nonce instead (proxy.ts).
//
// And one rule: a page entry written before this server process started is not served (`get` answers a miss, so
// Next renders the page afresh, blocking, and stores it). The build has no database, so the storefront pages it
// prerenders hold placeholders (lib/storefront/build-phase.ts); an entry left by an earlier run of the server may
// predate an import made while it was down. Each process therefore renders each cached page once, from live data,
// before serving it from the cache; from then on time-based and on-demand revalidation keep it fresh.
import fsCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { parseEnv } from "../env-schema.mjs";
import { deferFrameworkScripts } from "../storefront/defer-scripts.mjs";
import { dropFlightStylesheetCopies } from "../storefront/flight-css.mjs";
import { contentSecurityPolicy, inlineScriptHashes } from "./csp.mjs";

const FileSystemCache = fsCache.default ?? fsCache;
const env = parseEnv(process.env);
const HEADER = "content-security-policy";
/** nginx's per-response cache lifetime (seconds); only responses carrying it are micro-cached there. */
export const PROXY_CACHE_HEADER = "x-accel-expires";
/** When this process started (ms since the epoch): entries older than this came from the build or an earlier run. */
const PROCESS_STARTED_AT = Math.floor(performance.timeOrigin);

/**
 * Adds the policy to a cached page's headers (in place: Next answers the request that filled the cache from it), after
 * the two rewrites of its HTML, so that the policy hashes the scripts as served: the stylesheet's copies leave the
 * inline payload (lib/storefront/flight-css.mjs), and the study page's framework scripts wait for its early paint
 * (lib/storefront/defer-scripts.mjs). An entry that has its policy has had both.
 */
export function withPagePolicy(value) {
  if (!value || value.kind !== "APP_PAGE" || typeof value.html !== "string") return value;
  if (!value.headers?.[HEADER]) value.html = deferFrameworkScripts(dropFlightStylesheetCopies(value.html));
  value.headers ??= {};
  // The same page for everyone: a reverse proxy in front (the topology's nginx, README) may keep it for a second.
  value.headers[PROXY_CACHE_HEADER] ??= "1";
  if (!value.headers[HEADER]) {
    value.headers[HEADER] = contentSecurityPolicy({
      scriptSources: inlineScriptHashes(value.html),
      dev: env.NODE_ENV === "development",
      https: env.APP_URL.startsWith("https:"),
    });
  }
  return value;
}

/** Whether a cache entry may be served by a process started at `startedAt` (see the rule at the top). */
export function servable(entry, startedAt = PROCESS_STARTED_AT) {
  if (entry?.value?.kind !== "APP_PAGE") return true;
  return typeof entry.lastModified === "number" && entry.lastModified >= startedAt;
}

export default class CspCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (!servable(entry)) return null;
    if (entry?.value) withPagePolicy(entry.value);
    return entry;
  }

  async set(key, data, ctx) {
    return super.set(key, withPagePolicy(data), ctx);
  }
}
