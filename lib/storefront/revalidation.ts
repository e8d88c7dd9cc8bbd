// On-demand freshness for the cached storefront pages across processes. Imports, statistics imports and catalogue
// refreshes run in CLI and worker processes, which cannot touch a web server's cache; they POST to each web
// instance's /api/revalidate, which expires every cached page there (the next request renders from live data).
// The call is best-effort (a server that is down or unreachable renders afresh when it starts, see
// build-phase.ts), and the pages' time-based revalidation bounds staleness anyway when a notice is lost.
import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * How old a cached storefront page may get before the next request regenerates it in the background, in seconds.
 * Pages repeat the literal in `export const revalidate` (Next reads segment config statically).
 */
export const STOREFRONT_REVALIDATE_SECONDS = 60;

export const REVALIDATE_PATH = "/api/revalidate";

/** The bearer token of /api/revalidate: derived from the shared auth secret, so there is nothing more to configure. */
export const revalidationToken = (secret: string) =>
  createHmac("sha256", secret).update("storefront-revalidate").digest("base64url");

/** Whether an Authorization header carries the token (constant-time). */
export function authorisedRevalidation(header: string | null, secret: string): boolean {
  const m = /^Bearer (\S+)$/.exec(header ?? "");
  if (!m) return false;
  const given = Buffer.from(m[1]!);
  const expected = Buffer.from(revalidationToken(secret));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The web instances to notify: REVALIDATE_URLS (comma-separated origins), else APP_URL. */
export function revalidationTargets(env: { APP_URL: string; REVALIDATE_URLS?: string | undefined }): string[] {
  const list = (env.REVALIDATE_URLS ?? "")
    .split(",")
    .map((u) => u.trim())
    .filter(Boolean);
  return list.length ? list : [env.APP_URL];
}

export type NoticeResult = { url: string; ok: boolean; detail: string };

/** Asks every instance to drop its cached pages; never throws (a lost notice is bounded by the revalidate time). */
export async function notifyStorefront(opts: {
  urls: string[];
  secret: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}): Promise<NoticeResult[]> {
  const f = opts.fetch ?? fetch;
  const token = revalidationToken(opts.secret);
  return Promise.all(
    opts.urls.map(async (base): Promise<NoticeResult> => {
      const url = new URL(REVALIDATE_PATH, base).toString();
      try {
        const r = await f(url, {
          method: "POST",
          headers: { authorization: `Bearer ${token}` },
          signal: AbortSignal.timeout(opts.timeoutMs ?? 3000),
        });
        await r.body?.cancel();
        return { url, ok: r.ok, detail: String(r.status) };
      } catch (e) {
        return { url, ok: false, detail: e instanceof Error ? e.message : String(e) };
      }
    }),
  );
}

/** A job handler that, once the job has succeeded, tells the web instances their cached pages are out of date. */
export function thenNotify<A extends unknown[], R>(
  handler: (...args: A) => Promise<R>,
  notice: () => Promise<unknown>,
): (...args: A) => Promise<R> {
  return async (...args) => {
    const result = await handler(...args);
    await notice();
    return result;
  };
}
