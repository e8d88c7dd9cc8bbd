// The inbox query on a real (scratch) database: filters, case-insensitive search, sort orders and keyset pages that
// neither skip nor repeat rows in either direction.
import { describe, expect, it } from "vitest";
import { listEnquiries } from "./inbox";
import { parseInboxFilters } from "./inbox-filters";
import { searchTextOf } from "./create";
import { enquiryRow } from "./test-utils/enquiry";
import { inboxDb } from "./test-utils/inbox-db";

const T0 = Date.parse("2025-03-01T12:00:00Z");

const inbox = inboxDb(async (db, staffId) => {
  const statuses = ["NEW", "CONTACTED", "QUOTED", "WON", "LOST", "SPAM"] as const;
  await db.enquiry.createMany({
    data: Array.from({ length: 60 }, (_, i) => {
      const e = {
        name: `Buyer ${String(i).padStart(2, "0")}`,
        email: `buyer${i}@example.org`,
        organization: i % 10 === 0 ? "ACME Imaging" : `Org ${i}`,
        message: i === 7 ? "Looking for Spondylolisthesis cases" : "",
      };
      return enquiryRow(e, {
        country: i % 2 ? "DE" : "US",
        intendedUse: i % 3 ? "research" : "commercial",
        status: statuses[i % 6]!,
        assigneeId: i % 4 === 0 ? staffId : null,
        // Two rows share each timestamp, so the id tie-break matters.
        createdAt: new Date(T0 + Math.floor(i / 2) * 60_000),
      });
    }),
  });
});

const list = (q: Record<string, string>, limit = 7) =>
  listEnquiries(inbox.db, parseInboxFilters(q), inbox.staffId, limit);

async function walk(q: Record<string, string>) {
  const ids: string[] = [];
  let page = await list(q);
  ids.push(...page.items.map((i) => i.id));
  while (page.next) {
    page = await list({ ...q, after: page.next });
    ids.push(...page.items.map((i) => i.id));
  }
  return { ids, last: page };
}

describe("inbox", () => {
  it("hides spam by default and counts the pipeline", async () => {
    const page = await list({});
    expect(page.total).toBe(50);
    expect(page.byStatus).toEqual({ NEW: 10, CONTACTED: 10, QUOTED: 10, WON: 10, LOST: 10, SPAM: 10 });
    expect((await list({ status: "ALL" })).total).toBe(60);
    expect((await list({ status: "SPAM" })).total).toBe(10);
  });

  it("filters by assignee, use, country and date", async () => {
    expect((await list({ assignee: "me", status: "ALL" })).total).toBe(15);
    expect((await list({ assignee: "none", status: "ALL" })).total).toBe(45);
    expect((await list({ use: "commercial", status: "ALL" })).total).toBe(20);
    expect((await list({ country: "DE", status: "ALL" })).total).toBe(30);
    expect((await list({ from: "2025-03-01", to: "2025-03-01", status: "ALL" })).total).toBe(60);
    expect((await list({ from: "2025-03-02", status: "ALL" })).total).toBe(0);
  });

  it("searches name, email, organisation and message without regard to case", async () => {
    expect((await list({ q: "acme", status: "ALL" })).total).toBe(6);
    expect((await list({ q: "SPONDYLO", status: "ALL" })).items.map((i) => i.name)).toEqual(["Buyer 07"]);
    expect((await list({ q: "buyer42@", status: "ALL" })).total).toBe(1);
  });

  it("searches for % and _ as the characters they are, not as wildcards", async () => {
    const base = {
      country: "GB",
      jobRole: "researcher",
      intendedUse: "research",
      conditions: "[]",
      timeline: "asap",
      consent: true,
      status: "SPAM" as const,
    };
    const rows = [
      { name: "Percent Buyer", email: "pct@example.org", organization: "100% Imaging", message: "" },
      { name: "Under Buyer", email: "under_score@example.org", organization: "Under Co", message: "" },
    ];
    await inbox.db.enquiry.createMany({ data: rows.map((r) => ({ ...base, ...r, searchText: searchTextOf(r) })) });
    try {
      expect((await list({ q: "%", status: "SPAM" })).items.map((i) => i.name)).toEqual(["Percent Buyer"]);
      expect((await list({ q: "100%", status: "SPAM" })).items.map((i) => i.name)).toEqual(["Percent Buyer"]);
      expect((await list({ q: "_", status: "SPAM" })).items.map((i) => i.name)).toEqual(["Under Buyer"]);
      expect((await list({ q: "t_b", status: "SPAM" })).total).toBe(0); // "percent buyer" has "t b"
      expect((await list({ q: "\\", status: "SPAM" })).total).toBe(0);
    } finally {
      await inbox.db.enquiry.deleteMany({ where: { email: { in: rows.map((r) => r.email) } } });
    }
  });

  it.each(["newest", "oldest", "name"])("pages through every row once, sorted %s", async (sort) => {
    const { ids } = await walk({ status: "ALL", sort });
    expect(ids).toHaveLength(60);
    expect(new Set(ids).size).toBe(60);
    const all = await listEnquiries(inbox.db, parseInboxFilters({ status: "ALL", sort }), inbox.staffId, 100);
    expect(ids).toEqual(all.items.map((i) => i.id));
  });

  it("goes back with the previous cursor to exactly the page before", async () => {
    const first = await list({ status: "ALL" });
    const second = await list({ status: "ALL", after: first.next! });
    const back = await list({ status: "ALL", before: second.prev! });
    expect(back.items.map((i) => i.id)).toEqual(first.items.map((i) => i.id));
    expect(back.prev).toBeUndefined();
    expect(first.prev).toBeUndefined();
  });

  it("treats a tampered cursor as the first page", async () => {
    const first = await list({ status: "ALL" });
    expect((await list({ status: "ALL", after: "garbage" })).items).toEqual(first.items);
    const forged = (v: unknown) => Buffer.from(JSON.stringify({ v, id: "x" })).toString("base64url");
    // A time no Date can hold, a text where a time belongs, a name cursor on the date sort and the reverse.
    for (const after of [forged(1e300), forged("yesterday"), forged(8.64e15 + 1)]) {
      expect((await list({ status: "ALL", after })).items).toEqual(first.items);
      expect((await list({ status: "ALL", before: after })).items).toEqual(first.items);
    }
    const byName = await list({ status: "ALL", sort: "name" });
    expect((await list({ status: "ALL", sort: "name", after: forged(1e300) })).items).toEqual(byName.items);
  });
});
