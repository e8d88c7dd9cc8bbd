// licenceStudies on the licensed fixture's scratch catalogue: the licence's cohort narrowed by the customer's filter, a
// UID prefix and "added after version N", in keyset pages. Expected studies come from the fixture's own label rows
// (regenerated from the same seeds) filtered by name with the brute-force filter, not from the engine under test.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bruteForce, randomStudies } from "../catalogue/test-utils/catalogue";
import { EMPTY_FILTER, type CohortFilter } from "../catalogue/filter";
import { licenceStudies, type StudyListQuery } from "./portal";
import { dropWorld, makeWorld, type World } from "./test-utils/licensed-fixture";

let w: World;
// The fixture imports these two versions (licensed-fixture.ts): 30 studies, then 10 more.
const v1 = randomStudies(11, 30, "1.2.826.11");
const v2 = randomStudies(12, 10, "1.2.826.12");
const all = [...v1, ...v2];

beforeAll(async () => {
  w = await makeWorld();
});
afterAll(() => dropWorld(w));

const licence = async (key: keyof World["licences"]) =>
  w.db.licence.findUniqueOrThrow({
    where: { id: w.licences[key].id },
    select: { id: true, datasetSlug: true, cohortFilter: true, catalogueVersion: true },
  });
const uidsOf = (rows: { studyInstanceUid: string }[]) => rows.map((r) => r.studyInstanceUid).sort();
const filter = (f: Partial<CohortFilter>) => ({ ...EMPTY_FILTER, ...f });

/** Every page from the first, following `next`. */
async function walk(key: keyof World["licences"], q: StudyListQuery, pageSize: number) {
  const l = await licence(key);
  const pages: string[][] = [];
  let after: string | undefined;
  for (;;) {
    const r = await licenceStudies(w.db, l, { ...q, ...(after ? { after } : {}) }, pageSize);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    pages.push(r.rows.map((s) => s.studyInstanceUid));
    if (r.next === null) return pages;
    expect(r.next).toBe(r.rows.at(-1)!.id);
    after = String(r.next);
  }
}

describe("licenceStudies", () => {
  it("pages through the whole cohort once, in catalogue order, each page full but the last", async () => {
    const pages = await walk("a", {}, 7);
    expect(pages.map((p) => p.length)).toEqual([7, 7, 7, 7, 7, 5]); // 40 studies
    const flat = pages.flat();
    expect(new Set(flat).size).toBe(40);
    expect([...flat].sort()).toEqual(uidsOf(all));
    const first = await licenceStudies(w.db, await licence("a"), {}, 7);
    expect(first).toMatchObject({ ok: true, version: 2, since: null, uid: "" });
  });

  it("narrows the cohort by the customer's filter, within the licence's own cohort", async () => {
    const method = "MRI 3T";
    const condition = "Disc herniation";
    const mine = await walk("a", { method }, 50);
    expect(mine.flat().sort()).toEqual(uidsOf(bruteForce(all, filter({ methods: [method] }))));
    // Licence aMri3's cohort is MRI 3T already; a condition narrows it further.
    const both = await walk("aMri3", { condition }, 50);
    const expected = uidsOf(bruteForce(all, filter({ methods: [method], conditions: [condition] })));
    expect(expected.length).toBeGreaterThan(0);
    expect(both.flat().sort()).toEqual(expected);
    // A filter cannot widen the licence: asking aMri3 for 1.5T finds nothing.
    expect((await walk("aMri3", { method: "MRI 1.5T" }, 50)).flat()).toEqual([]);
  });

  it("narrows by Study Instance UID prefix and by 'added after version N'", async () => {
    const prefix = "1.2.826.11.1"; // .1 and .10 to .19
    expect((await walk("a", { uid: ` ${prefix} ` }, 50)).flat().sort()).toEqual(
      uidsOf(all.filter((s) => s.studyInstanceUid.startsWith(prefix))),
    );
    expect((await walk("a", { since: "1" }, 50)).flat().sort()).toEqual(uidsOf(v2));
    expect((await walk("a", { since: "2" }, 50)).flat()).toEqual([]);
    const r = await licenceStudies(w.db, await licence("a"), { since: "1", uid: prefix }, 50);
    expect(r).toMatchObject({ ok: true, since: 1, uid: prefix, rows: [] });
  });

  it("starts from the beginning for an `after` that is not a row id", async () => {
    const l = await licence("a");
    const first = await licenceStudies(w.db, l, {}, 5);
    const odd = await licenceStudies(w.db, l, { after: "abc" }, 5);
    expect(odd).toEqual(first);
  });

  it("names the problem: a bad filter value, an unknown catalogue value, a bad UID or version, an unreadable cohort", async () => {
    const l = await licence("a");
    const problems = async (q: StudyListQuery, key: keyof World["licences"] = "a") => {
      const r = await licenceStudies(w.db, key === "a" ? l : await licence(key), q);
      if (r.ok) throw new Error("expected a refusal");
      return r.problems.map((p) => p.param);
    };
    expect(await problems({ ageMin: "old" })).toEqual(["ageMin"]);
    expect(await problems({ method: "X-ray" })).toContain("method");
    expect(await problems({ uid: "1.2.abc" })).toEqual(["uid"]);
    expect(await problems({ since: "v2" })).toEqual(["since"]);
    expect(await problems({}, "badFilter")).toEqual(["licence"]);
  });
});
