// Conditional-request helpers for the preview file routes: strong ETags from content hashes, If-None-Match matching.

/** A strong entity tag for a hex digest (quoted, as RFC 9110 requires). */
export function strongEtag(hexDigest: string): string {
  return `"${hexDigest}"`;
}

/**
 * True when an If-None-Match header matches `etag`. Per RFC 9110 13.1.2 the comparison is weak (W/ ignored),
 * the header may list several tags, and `*` matches any current representation.
 */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const value = ifNoneMatch.trim();
  if (value === "*") return true;
  const opaque = (t: string) => t.trim().replace(/^W\//, "");
  const target = opaque(etag);
  return value.split(",").some((t) => opaque(t) === target);
}

/**
 * A minute of freshness keeps a viewing session's scrolling off the network; after that every cache - the browser's
 * or a shared one - must ask again (a cheap 304 by ETag while the file is unchanged), so a study that is unpublished
 * stops being served from any cache within a minute instead of an hour.
 */
export const SAMPLE_MAX_AGE_S = 60;
export const SAMPLE_CACHE_CONTROL = `public, max-age=${SAMPLE_MAX_AGE_S}, must-revalidate`;

/** A 304 carrying the validators and caching headers a 200 would have (RFC 9110 15.4.5). */
export function notModified(etag: string, cacheControl = SAMPLE_CACHE_CONTROL): Response {
  return new Response(null, { status: 304, headers: { etag, "cache-control": cacheControl } });
}

/** The one answer for anything that is not a published sample file: no hint whether it exists. */
export function notFound(): Response {
  return new Response("Not found\n", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
