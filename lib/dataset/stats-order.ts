// The orders the statistics table can be sorted in, as URL parameters (?sort=&dir=): the one check shared by the
// proxy's rewrite to a cached sorted page and that page itself. Method columns are m0..m99 (parseSort then checks
// the index against the figures).
export const isStatsOrder = (sort: unknown, dir: unknown): sort is string =>
  typeof sort === "string" && /^(condition|total|m\d{1,2})$/.test(sort) && (dir === "asc" || dir === "desc");

/** The cached page for /statistics?sort=&dir=, or null when the query names no valid order (the default page). */
export function statsOrderPath(params: URLSearchParams): string | null {
  const sort = params.get("sort");
  const dir = params.get("dir");
  return isStatsOrder(sort, dir) ? `/statistics/sorted/${sort}/${dir}` : null;
}
