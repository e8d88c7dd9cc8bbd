// Download history on a scratch database: scoped to an organisation's licences, newest first in keyset pages whose
// cursor survives ties on the start time, and the same rows as CSV.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { createTestLicence } from "../licensing/test-utils/licence";
import { historyCsv, historyPage } from "./history";

let s: ScratchDb;
let orgA: string;
let orgB: string;
let licA: string;
let licB: string;
const t0 = Date.parse("2026-08-01T10:00:00Z");

beforeAll(async () => {
  s = await createScratchDb();
  orgA = (await s.db.organization.create({ data: { name: "Org A" } })).id;
  orgB = (await s.db.organization.create({ data: { name: "Org B" } })).id;
  const licence = (number: string, organizationId: string) => createTestLicence(s.db, organizationId, number);
  licA = await licence("L-A", orgA);
  licB = await licence("L-B", orgB);
  const user = await s.db.user.create({ data: { email: "dl@a.org", organizationId: orgA } });
  // Seven events of A, three sharing each start time; one of B.
  for (let i = 0; i < 7; i++)
    await s.db.downloadEvent.create({
      data: {
        objectKey: `studies/${i}.zip`,
        status: 200,
        bytesSent: BigInt(i * 1000),
        complete: true,
        licenceId: licA,
        userId: user.id,
        userAgent: i === 0 ? "=cmd|' /C calc'!A0" : "curl/8",
        startedAt: new Date(t0 + Math.floor(i / 3) * 60_000),
      },
    });
  await s.db.downloadEvent.create({ data: { objectKey: "b.zip", status: 206, range: "bytes=0-9", licenceId: licB } });
});
afterAll(() => s?.cleanup());

describe("historyPage", () => {
  it("shows an organisation only its own licences' rows, described", async () => {
    const a = await historyPage(s.db, { organizationId: orgA });
    expect(a.rows).toHaveLength(7);
    expect(a.rows[0]).toMatchObject({ licenceNumber: "L-A", organizationName: "Org A", userEmail: "dl@a.org" });
    expect((await historyPage(s.db, { organizationId: orgB })).rows.map((r) => r.studyOrKey)).toEqual(["b.zip"]);
    // Naming another organisation's licence in the filter finds nothing.
    expect((await historyPage(s.db, { organizationId: orgA, licenceId: licB })).rows).toEqual([]);
    expect((await historyPage(s.db, { licenceId: licB })).rows).toHaveLength(1);
  });

  it("pages newest first, through ties, each row once, with no empty last page", async () => {
    const all = (await historyPage(s.db, { organizationId: orgA })).rows.map((r) => r.id);
    const seen: string[] = [];
    let before: string | null = null;
    let pages = 0;
    do {
      const p: Awaited<ReturnType<typeof historyPage>> = await historyPage(
        s.db,
        { organizationId: orgA },
        { before, limit: 2 },
      );
      seen.push(...p.rows.map((r) => r.id));
      before = p.next;
      pages++;
    } while (before);
    expect(seen).toEqual(all);
    expect(pages).toBe(4);
    const starts = (await historyPage(s.db, { organizationId: orgA })).rows.map((r) => r.startedAt.getTime());
    expect(starts).toEqual([...starts].sort((x, y) => y - x));
    // A page that ends exactly at the last row offers no next page.
    expect((await historyPage(s.db, { organizationId: orgA }, { limit: 7 })).next).toBeNull();
    // A forged cursor starts at the first page.
    expect(
      (await historyPage(s.db, { organizationId: orgA }, { before: "garbage", limit: 2 })).rows.map((r) => r.id),
    ).toEqual(all.slice(0, 2));
  });
});

describe("historyCsv", () => {
  it("streams every row of the scope with a BOM and header, formulas defused", async () => {
    let csv = "";
    for await (const chunk of historyCsv(s.db, { organizationId: orgA }, 3)) csv += chunk;
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "\uFEFFstarted_at,finished_at,organisation,licence,study_or_object,status,range,bytes_sent,complete,user,token,ip,user_agent",
    );
    expect(lines).toHaveLength(8);
    expect(csv).toContain(`'=cmd|' /C calc'!A0`);
    expect(csv).not.toContain("b.zip");
  });
});
