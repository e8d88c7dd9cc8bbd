// Desk changes write the enquiry, its timeline and the audit log together; CSV export streams every row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { AppError } from "../errors/app-error";
import { enquiryInput } from "./test-utils/enquiry";
import { parseInboxFilters } from "./inbox-filters";
import { createEnquiry } from "./create";
import { exportEnquiriesCsv } from "./export-csv";
import { addNote, assignEnquiry, changeStatus } from "./work";

let s: ScratchDb;
let actor: { id: string; email: string; name: string | null };
const input = enquiryInput({ organization: "=cmd|' /C calc'!A0", message: 'Hello, "quotes"\nand lines' });

beforeAll(async () => {
  s = await createScratchDb();
  actor = await s.db.user.create({
    data: { email: "sales@example.org", name: "Sam", role: "SALES" },
    select: { id: true, email: true, name: true },
  });
});
afterAll(() => s?.cleanup());

describe("working an enquiry", () => {
  it("records creation, status, assignment and notes with their audit entries", async () => {
    const e = await createEnquiry(s.db, input, { ip: "1.2.3.4", source: "/statistics" });
    expect(e.searchText).toContain("ada@example.org");
    expect(await changeStatus(s.db, actor, e.id, "CONTACTED")).toEqual({ changed: true });
    expect(await changeStatus(s.db, actor, e.id, "CONTACTED")).toEqual({ changed: false });
    expect(await assignEnquiry(s.db, actor, e.id, actor.id)).toEqual({ changed: true });
    await addNote(s.db, actor, e.id, "Called them");
    const events = await s.db.enquiryEvent.findMany({ where: { enquiryId: e.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((ev) => ev.type)).toEqual(["created", "status", "assigned", "note"]);
    expect(events.slice(1).every((ev) => ev.actorId === actor.id)).toBe(true);
    const audit = await s.db.auditEvent.findMany({ where: { targetId: e.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([
      "enquiry.created",
      "enquiry.status_changed",
      "enquiry.assigned",
      "enquiry.note_added",
    ]);
    expect(audit[1]!.actorEmail).toBe("sales@example.org");
  });

  it("assigns only to active sales or admin users", async () => {
    const e = await createEnquiry(s.db, input, { ip: null, source: null });
    const customer = await s.db.user.create({ data: { email: "c@example.org" } });
    await expect(assignEnquiry(s.db, actor, e.id, customer.id)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(changeStatus(s.db, actor, "missing", "WON")).rejects.toBeInstanceOf(AppError);
  });

  it("exports the filtered list as CSV across batches, formulas defused", async () => {
    await s.db.enquiry.createMany({
      data: Array.from({ length: 1205 }, (_, i) => ({
        name: `Bulk ${i}`,
        email: `bulk${i}@example.org`,
        organization: "Bulk",
        country: "US",
        jobRole: "other",
        intendedUse: "commercial",
        conditions: "[]",
        timeline: "exploring",
        message: "",
        consent: true,
        searchText: `bulk ${i}`,
      })),
    });
    const bytes = Buffer.from(
      await new Response(exportEnquiriesCsv(s.db, parseInboxFilters({ status: "ALL" }), actor.id)).arrayBuffer(),
    );
    // A byte-order mark, so Excel opens the UTF-8 file with the right encoding.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString("utf8");
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toMatch(/^id,created_at,status,name,email/);
    // Header + 1205 bulk rows + 2 rows above (one has a two-line message inside quotes).
    expect(csv.match(/bulk\d+@example\.org/g)).toHaveLength(1205);
    expect(csv).toContain(`"'=cmd|' /C calc'!A0"`.replace(/^"|"$/g, ""));
    expect(csv).toContain('"Hello, ""quotes""\nand lines"');
    const ids = lines
      .slice(1)
      .map((l) => l.split(",")[0])
      .filter((id) => id && /^c/.test(id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
