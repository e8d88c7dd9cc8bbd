// Next's own file-system ISR cache, plus one thing: every cached page carries a Content-Security-Policy whose script
// sources are the hashes of exactly the inline scripts in its HTML. Static and ISR pages (the storefront pages, the
// study page) are rendered once and served many times, so a per-request nonce cannot be in their HTML; the hashes are
// computed when a page enters the cache (`set`) or is first read from the build output (`get`) and are stored in
// the entry's headers, which Next sends with every response built from that entry - the policy always matches the
// HTML it travels with. Dynamic pages get a nonce instead (proxy.ts).
import fsCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { parseEnv } from "../env-schema.mjs";
import { contentSecurityPolicy, inlineScriptHashes } from "./csp.mjs";

const FileSystemCache = fsCache.default ?? fsCache;
const env = parseEnv(process.env);
const HEADER = "content-security-policy";

/** Adds the policy to a cached page's headers (in place: Next answers the request that filled the cache from it). */
export function withPagePolicy(value) {
  if (!value || value.kind !== "APP_PAGE" || typeof value.html !== "string") return value;
  value.headers ??= {};
  if (!value.headers[HEADER]) {
    value.headers[HEADER] = contentSecurityPolicy({
      scriptSources: inlineScriptHashes(value.html),
      dev: env.NODE_ENV === "development",
      https: env.APP_URL.startsWith("https:"),
    });
  }
  return value;
}

export default class CspCacheHandler extends FileSystemCache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (entry?.value) withPagePolicy(entry.value);
    return entry;
  }

  async set(key, data, ctx) {
    return super.set(key, withPagePolicy(data), ctx);
  }
}
