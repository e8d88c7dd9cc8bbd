// Keyset pagination for every list that pages through Prisma rows: order by one sort column plus the id as a
// tie-break, and seek past the row a page starts after. Each page is as fast as the first at any depth, because the
// database seeks in the (column, id) index instead of skipping rows as an offset would.

export type SortDir = "asc" | "desc";

/** The sort column and its direction; the id always breaks ties in the same direction. */
export interface KeysetSort<F extends string> {
  field: F;
  dir: SortDir;
}

/** Where a page starts: the sort value and id of the row just before it (or just after it, going back). */
export interface KeysetPosition {
  value: Date | string | number;
  id: string;
}

const flip = (d: SortDir): SortDir => (d === "asc" ? "desc" : "asc");

/** `orderBy` for the sort; `reverse` reads the other way (to find the page before a position). */
export function keysetOrderBy<F extends string>(s: KeysetSort<F>, reverse = false) {
  const d = reverse ? flip(s.dir) : s.dir;
  return [{ [s.field]: d }, { id: d }] as Partial<Record<F | "id", SortDir>>[];
}

/**
 * Rows strictly after `at` in the sort's order (before it when `reverse`). Written as a range on the sort column
 * plus the tie-break - `field >= v AND (field > v OR id > i)` - rather than `field > v OR (field = v AND id > i)`:
 * the leading range lets the database seek in the index, where the bare OR makes it evaluate every row.
 */
export function keysetWhere<F extends string>(s: KeysetSort<F>, at: KeysetPosition, reverse = false) {
  const d = reverse ? flip(s.dir) : s.dir;
  const op = d === "asc" ? "gt" : "lt";
  return {
    AND: [
      { [s.field]: { [`${op}e`]: at.value } },
      { OR: [{ [s.field]: { [op]: at.value } }, { id: { [op]: at.id } }] },
    ],
  };
}

export interface KeysetRead<F extends string> {
  where: ReturnType<typeof keysetWhere<F>> | undefined;
  orderBy: ReturnType<typeof keysetOrderBy<F>>;
  take: number;
}

export interface KeysetPage<T> {
  items: T[];
  /** Where the next page starts; undefined on the last page. */
  next?: KeysetPosition;
  /** Where the page before starts (read with `before`); undefined on the first page. */
  prev?: KeysetPosition;
}

/**
 * One page of `limit` rows after `after` or, when only `before` is given, the page that ends just before it. `read`
 * runs the query (AND its own filter with `where`); it is asked for one row more than the page, which tells whether
 * another page follows without counting.
 */
export async function keysetPage<T, F extends string>(
  s: KeysetSort<F>,
  o: { after?: KeysetPosition; before?: KeysetPosition; limit: number },
  read: (q: KeysetRead<F>) => Promise<T[]>,
  positionOf: (row: T) => KeysetPosition,
): Promise<KeysetPage<T>> {
  const reverse = !o.after && !!o.before;
  const at = o.after ?? o.before;
  const rows = await read({
    where: at ? keysetWhere(s, at, reverse) : undefined,
    orderBy: keysetOrderBy(s, reverse),
    take: o.limit + 1,
  });
  const more = rows.length > o.limit;
  const items = rows.slice(0, o.limit);
  if (reverse) items.reverse();
  const first = items[0];
  const last = items.at(-1);
  // Going back, the page came from a later one, so a next page exists; going forward, a previous one exists when the
  // page started after a position.
  const hasNext = reverse ? true : more;
  const hasPrev = reverse ? more : !!o.after;
  return {
    items,
    next: hasNext && last ? positionOf(last) : undefined,
    prev: hasPrev && first ? positionOf(first) : undefined,
  };
}
