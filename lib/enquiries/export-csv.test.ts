// The inbox CSV export on a scratch database: the rows the inbox filter shows, in its order, every cell defused.
import { describe, expect, it } from "vitest";
import { exportEnquiriesCsv } from "./export-csv";
import { parseInboxFilters } from "./inbox-filters";
import { enquiryRow } from "./test-utils/enquiry";
import { inboxDb } from "./test-utils/inbox-db";

const T0 = Date.parse("2025-03-01T12:00:00Z");

const inbox = inboxDb(async (db, staffId) => {
  const people = [
    { name: "Cleo", organization: "Org C", status: "NEW", message: '=HYPERLINK("http://x")' },
    { name: "Abe", organization: "Org A", status: "CONTACTED", message: "two\nlines, with a comma" },
    { name: "Bea", organization: "Org B", status: "SPAM", message: "buy now" },
    { name: "Dan", organization: "Org D", status: "WON", message: "" },
  ] as const;
  for (const [i, p] of people.entries())
    await db.enquiry.create({
      data: enquiryRow(
        {
          name: p.name,
          email: `${p.name.toLowerCase()}@example.org`,
          organization: p.organization,
          message: p.message,
        },
        {
          conditions: JSON.stringify(["Disc herniation"]),
          status: p.status,
          assigneeId: i === 3 ? staffId : null,
          createdAt: new Date(T0 + i * 60_000),
        },
      ),
    });
});

async function exportText(q: Record<string, string>): Promise<string> {
  const bytes = await new Response(exportEnquiriesCsv(inbox.db, parseInboxFilters(q), inbox.staffId)).arrayBuffer();
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

/** Records (a quoted cell may hold a line break) as their name column. */
const names = (csv: string) =>
  csv
    .split(/\r\n(?=[a-z0-9]{20,},)/)
    .slice(1)
    .map((line) => line.split(",")[3]);

describe("exportEnquiriesCsv", () => {
  it("starts with a BOM and the header, then the inbox's rows in its order (spam left out by default)", async () => {
    const csv = await exportText({});
    expect(csv.startsWith("\uFEFFid,created_at,status,name,email,organisation")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(names(csv)).toEqual(["Dan", "Abe", "Cleo"]);
    expect(names(await exportText({ sort: "name", status: "ALL" }))).toEqual(["Abe", "Bea", "Cleo", "Dan"]);
  });

  it("applies the same filters as the inbox", async () => {
    expect(names(await exportText({ status: "SPAM" }))).toEqual(["Bea"]);
    expect(names(await exportText({ assignee: "me" }))).toEqual(["Dan"]);
    expect(names(await exportText({ q: "org a" }))).toEqual(["Abe"]);
  });

  it("writes labels, the assignee and defused, quoted cells", async () => {
    const csv = await exportText({ sort: "oldest" });
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(`"two\nlines, with a comma"`);
    expect(csv).toContain("Disc herniation");
    expect(csv).toContain("sales@example.org");
  });
});
