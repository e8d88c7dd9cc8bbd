// The storefront pages are served from Next's cache (ISR), and Next prerenders them during `next build`, where there
// is no database to read (a build machine need not reach production data). During the build the pages' loaders
// answer a placeholder instead of querying; the cache handler never serves an entry written before the server
// started (lib/security/csp-cache-handler.mjs), so no visitor sees a placeholder: each server process renders each
// page once from live data before caching it.
import { PHASE_PRODUCTION_BUILD } from "next/constants";

type PhaseEnv = Record<string, string | undefined>;

export const duringBuild = (env: PhaseEnv = process.env) => env.NEXT_PHASE === PHASE_PRODUCTION_BUILD;

/** `load()` at run time; `placeholder` while `next build` prerenders the page. */
export function atRuntime<T>(load: () => Promise<T>, placeholder: T, env: PhaseEnv = process.env): Promise<T> {
  return duringBuild(env) ? Promise.resolve(placeholder) : load();
}
