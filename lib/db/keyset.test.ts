// The one keyset paginator, on real databases: pages are disjoint, in order, together every row, also across ties on
// the sort column; going back from a page gives exactly the page before. SQLite always; PostgreSQL too when
// TEST_DATABASE_URL is a postgresql:// URL.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { keysetOrderBy, keysetPage, keysetWhere, type KeysetPosition, type KeysetSort } from "./keyset";

const pgUrl = /^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? "")
  ? process.env.TEST_DATABASE_URL
  : undefined;
const databases = [["SQLite", ""] as const, ...(pgUrl ? [["PostgreSQL", pgUrl] as const] : [])];

describe("keysetWhere", () => {
  it("is a range on the sort column plus the tie-break, not a bare OR the database cannot seek with", () => {
    const at = { value: new Date(5), id: "m" };
    expect(keysetWhere({ field: "createdAt", dir: "desc" }, at)).toEqual({
      AND: [{ createdAt: { lte: at.value } }, { OR: [{ createdAt: { lt: at.value } }, { id: { lt: "m" } }] }],
    });
    // Reversed, an ascending sort reads backwards from the position.
    expect(keysetWhere({ field: "name", dir: "asc" }, { value: "b", id: "m" }, true)).toEqual({
      AND: [{ name: { lte: "b" } }, { OR: [{ name: { lt: "b" } }, { id: { lt: "m" } }] }],
    });
    expect(keysetOrderBy({ field: "name", dir: "asc" }, true)).toEqual([{ name: "desc" }, { id: "desc" }]);
  });
});

describe.each(databases)("keysetPage on %s", (_name, url) => {
  let s: ScratchDb;
  // 13 events over 4 distinct times, so most pages end in the middle of a tie.
  const times = [0, 0, 0, 1, 1, 1, 1, 2, 2, 3, 3, 3, 3].map((m) => new Date(Date.UTC(2026, 0, 1, 0, m)));

  beforeAll(async () => {
    vi.stubEnv("TEST_DATABASE_URL", url);
    s = await createScratchDb();
    vi.unstubAllEnvs();
    for (const [i, createdAt] of times.entries())
      await s.db.auditEvent.create({ data: { action: `a${i % 3}`, actorEmail: `u${i}@x.org`, createdAt } });
  });
  afterAll(() => s?.cleanup());

  const read = (sort: KeysetSort<"createdAt">, filter: { action?: string } = {}) => {
    return (o: { after?: KeysetPosition; before?: KeysetPosition; limit: number }) =>
      keysetPage(
        sort,
        o,
        (k) =>
          s.db.auditEvent.findMany({
            where: k.where ? { AND: [filter, k.where] } : filter,
            orderBy: k.orderBy,
            take: k.take,
          }),
        (e) => ({ value: e.createdAt, id: e.id }),
      );
  };

  async function all(sort: KeysetSort<"createdAt">, filter: { action?: string } = {}) {
    const rows = await s.db.auditEvent.findMany({ where: filter, orderBy: keysetOrderBy(sort) });
    return rows.map((r) => r.id);
  }

  for (const dir of ["desc", "asc"] as const)
    for (const limit of [1, 2, 4, 13, 20])
      it(`walks every row once in order (${dir}, pages of ${limit})`, async () => {
        const sort = { field: "createdAt" as const, dir };
        const page = read(sort);
        const seen: string[] = [];
        let p = await page({ limit });
        expect(p.prev).toBeUndefined();
        for (;;) {
          seen.push(...p.items.map((e) => e.id));
          if (!p.next) break;
          p = await page({ after: p.next, limit });
          expect(p.prev).toBeDefined();
        }
        expect(seen).toEqual(await all(sort));
      });

  it("ends without a next page when the last page is exactly full", async () => {
    const p = await read({ field: "createdAt", dir: "desc" })({ limit: times.length });
    expect(p.items).toHaveLength(times.length);
    expect(p.next).toBeUndefined();
  });

  it("goes back from any page to exactly the page before it, and knows when that is the first", async () => {
    const sort = { field: "createdAt" as const, dir: "desc" as const };
    const page = read(sort);
    const pages = [await page({ limit: 3 })];
    while (pages.at(-1)!.next) pages.push(await page({ after: pages.at(-1)!.next, limit: 3 }));
    for (let i = 1; i < pages.length; i++) {
      const back = await page({ before: pages[i]!.prev, limit: 3 });
      expect(back.items.map((e) => e.id)).toEqual(pages[i - 1]!.items.map((e) => e.id));
      expect(back.next).toEqual(pages[i]!.prev && { value: back.items.at(-1)!.createdAt, id: back.items.at(-1)!.id });
      expect(back.prev === undefined).toBe(i === 1);
    }
  });

  it("keeps the caller's own filter on every page", async () => {
    const sort = { field: "createdAt" as const, dir: "asc" as const };
    const page = read(sort, { action: "a1" });
    const seen: string[] = [];
    let p = await page({ limit: 2 });
    for (;;) {
      seen.push(...p.items.map((e) => e.id));
      if (!p.next) break;
      p = await page({ after: p.next, limit: 2 });
    }
    expect(seen).toEqual(await all(sort, { action: "a1" }));
    expect(seen).toHaveLength(4);
  });
});
