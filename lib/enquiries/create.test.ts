// Storing an enquiry on a scratch database (SQLite, or PostgreSQL with TEST_DATABASE_URL): the row, its first timeline
// event and audit row together, and distinct references when enquiries arrive at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { createEnquiry, searchTextOf } from "./create";
import { enquiryInput } from "./test-utils/enquiry";

let s: ScratchDb;
beforeAll(async () => {
  s = await createScratchDb();
});
afterAll(() => s?.cleanup());

const input = (email: string) =>
  enquiryInput({ name: "Zoë Buyer", email, organization: "ACME Imaging", message: "Needs Spondylolisthesis cases" });
const now = new Date("2027-02-03T04:05:06Z");

describe("createEnquiry", () => {
  it("stores the enquiry with a reference, its search text, first event and audit row", async () => {
    const e = await createEnquiry(s.db, input("zoe@example.org"), { ip: "203.0.113.3", source: "/cohort", now });
    expect(e).toMatchObject({
      reference: "ENQ-2027-00001",
      createdAt: now,
      conditions: '["Disc herniation"]',
      ip: "203.0.113.3",
    });
    expect(e.searchText).toBe(searchTextOf(input("zoe@example.org")));
    expect(await s.db.enquiryEvent.findMany({ where: { enquiryId: e.id } })).toMatchObject([
      { type: "created", body: "Submitted from /cohort" },
    ]);
    const audit = await s.db.auditEvent.findFirstOrThrow({ where: { targetId: e.id } });
    expect(audit).toMatchObject({ action: "enquiry.created", actorId: null, ip: "203.0.113.3" });
    expect(JSON.parse(audit.details!)).toMatchObject({ reference: "ENQ-2027-00001", source: "/cohort" });
  });

  it("gives enquiries arriving at once distinct, consecutive references", async () => {
    const made = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        createEnquiry(s.db, input(`b${i}@example.org`), { ip: null, source: null, now }),
      ),
    );
    expect(made.map((e) => e.reference).sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `ENQ-2027-${String(i + 2).padStart(5, "0")}`),
    );
  });

  it("makes search text that ignores case (accents are kept)", () => {
    const t = searchTextOf({ name: "ZOË", email: "Z@X.ORG", organization: "Ünïversity", message: "" });
    expect(t).toBe(searchTextOf({ name: "zoë", email: "z@x.org", organization: "ünïversity", message: "" }));
    expect(t).not.toBe(searchTextOf({ name: "zoe", email: "z@x.org", organization: "university", message: "" }));
  });
});
