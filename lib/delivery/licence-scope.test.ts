// A licence's studies page by page: every study of the scope once, in id order, whatever the page size; and on
// SQLite the page query walks the primary key from the cursor instead of sorting the whole dataset for each page
// (that plan made a 2.4-million-study manifest quadratic: ~1 s per page at full size).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../generated/sqlite/client";
import { isPostgresClient } from "../db/provider";
import { createRawRows } from "../db/raw-rows";
import {
  licenceScope,
  scopePage,
  scopePageSql,
  scopeStudies,
  type LicenceScope,
  type ScopedStudy,
} from "./licence-scope";
import { dropWorld, makeWorld, type World } from "./test-utils/licensed-fixture";

let w: World;
let all: LicenceScope;
let mri3: LicenceScope;
beforeAll(async () => {
  w = await makeWorld();
  const scope = async (id: string) => {
    const s = await licenceScope(w.db, await w.db.licence.findUniqueOrThrow({ where: { id } }));
    if (!s.ok) throw new Error(s.problem);
    return s.scope;
  };
  all = await scope(w.licences.a.id);
  mri3 = await scope(w.licences.aMri3.id);
});
afterAll(() => dropWorld(w));

describe("licence scope pages", () => {
  it("pages of any size list every study of the scope once, in id order", async () => {
    const whole = (await scopePage(w.db, all, { limit: 5000 })).map((s) => s.id);
    expect(whole).toHaveLength(w.v1Uids.length + w.v2Uids.length);
    for (const size of [1, 7, 40]) {
      const ids: number[] = [];
      for await (const page of scopeStudies(w.db, all, { pageSize: size })) ids.push(...page.map((s) => s.id));
      expect(ids).toEqual(whole);
    }
    const narrow = (await scopePage(w.db, mri3, { limit: 5000 })).length;
    expect(narrow).toBeGreaterThan(0);
    expect(narrow).toBeLessThan(whole.length);
  });

  it("read as arrays from the driver (raw-rows), the pages are the same studies as through Prisma", async () => {
    const raw = createRawRows(w.scratch.url);
    try {
      for (const [scope, o] of [
        [all, { pageSize: 7 }],
        [mri3, { pageSize: 3 }],
        [all, { pageSize: 5, sinceVersion: 1 }],
        [all, { pageSize: 4, part: 2, parts: 3 }],
      ] as const) {
        const viaPrisma: ScopedStudy[] = [];
        for await (const page of scopeStudies(w.db, scope, o)) viaPrisma.push(...page);
        const viaDriver: ScopedStudy[] = [];
        for await (const page of scopeStudies(w.db, scope, { ...o, raw })) viaDriver.push(...page);
        expect(viaPrisma.length).toBeGreaterThan(0);
        expect(viaDriver).toEqual(viaPrisma);
      }
    } finally {
      await raw.close();
    }
  });

  it("a UID prefix narrows the page to the studies it starts", async () => {
    const rows = await scopePage(w.db, all, { limit: 5000, uidPrefix: "1.2.826.12." });
    expect(rows.map((r) => r.studyInstanceUid).sort()).toEqual([...w.v2Uids].sort());
  });

  it.skipIf(process.env.TEST_DATABASE_URL)(
    "on SQLite a page walks the primary key from the cursor, with no sort of the whole scope",
    async () => {
      expect(isPostgresClient(w.db)).toBe(false);
      for (const [scope, o] of [
        [all, { after: 10, limit: 2000 }],
        [mri3, { after: 10, limit: 50, sinceVersion: 1, part: 2, parts: 3 }],
      ] as const) {
        const plan = await w.db.$queryRaw<{ detail: string }[]>(
          Prisma.sql`EXPLAIN QUERY PLAN ${scopePageSql(w.db, scope, o)}`,
        );
        const text = plan.map((p) => p.detail).join("\n");
        expect(text).toMatch(/SEARCH (c|CatalogueStudy) USING INTEGER PRIMARY KEY \(rowid>\?\)/);
        expect(text).not.toMatch(/CatalogueStudy_datasetId_addedIn_idx/);
      }
    },
  );
});
