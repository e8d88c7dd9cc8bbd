// The revalidation notice bound to the configuration, for processes outside the web server (CLIs, `npm run worker`).
// The secret is the server's: AUTH_SECRET, or the one the server generated in DATA_DIR for a local setup.
import fs from "node:fs";
import path from "node:path";
import type { Env } from "../env";
import { notifyStorefront, revalidationTargets, type NoticeResult } from "./revalidation";

function sharedSecret(e: Env): string | null {
  if (e.AUTH_SECRET) return e.AUTH_SECRET;
  try {
    const s = fs.readFileSync(path.resolve(e.DATA_DIR, "auth-secret"), "utf8").trim();
    return s.length >= 32 ? s : null;
  } catch {
    return null; // the server has not run here yet: it has no cached page to drop
  }
}

/** Notifies every configured instance; logs what failed (the pages' revalidate time still bounds staleness). */
export async function storefrontChanged(
  e: Env,
  log: (line: string) => void = (l) => console.warn(l),
): Promise<NoticeResult[]> {
  const secret = sharedSecret(e);
  if (!secret) return [];
  const results = await notifyStorefront({ urls: revalidationTargets(e), secret });
  for (const r of results.filter((x) => !x.ok))
    log(`storefront: could not ask ${r.url} to refresh its cached pages (${r.detail}); they refresh within a minute`);
  return results;
}
