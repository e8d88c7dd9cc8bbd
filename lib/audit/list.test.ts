// The audit log view's query on a scratch database: filters, the date range, newest first in keyset pages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { auditFiltersSchema } from "./filters";
import { listAuditActions, listAuditEvents } from "./list";

let s: ScratchDb;
beforeAll(async () => {
  s = await createScratchDb();
  const rows: [string, string, string, string][] = [
    ["2026-03-01T10:00:00Z", "user.role_changed", "admin@example.org", "u1"],
    ["2026-03-01T23:59:59Z", "user.disabled", "admin@example.org", "u2"],
    ["2026-03-02T00:00:00Z", "quote.sent", "sales@example.org", "q1"],
    ["2026-03-02T00:00:00Z", "quote.withdrawn", "sales@example.org", "q1"],
    ["2026-03-03T08:00:00Z", "licence.revoked", "Admin@Example.org", "l1"],
  ];
  for (const [at, action, actorEmail, targetId] of rows)
    await s.db.auditEvent.create({
      data: { createdAt: new Date(at), action, actorEmail, targetId, targetType: action.split(".")[0] },
    });
});
afterAll(() => s?.cleanup());

const actions = async (q: Record<string, string>, limit?: number) =>
  (await listAuditEvents(s.db, auditFiltersSchema.parse(q), limit)).items.map((e) => e.action);

describe("listAuditEvents", () => {
  it("lists newest first and pages without skipping rows that share a time", async () => {
    const seen: string[] = [];
    let page = await listAuditEvents(s.db, auditFiltersSchema.parse({}), 2);
    for (;;) {
      seen.push(...page.items.map((e) => e.action));
      if (!page.next) break;
      page = await listAuditEvents(s.db, auditFiltersSchema.parse({ after: page.next }), 2);
    }
    expect(seen).toHaveLength(5);
    expect(seen[0]).toBe("licence.revoked");
    expect(seen.slice(1, 3).sort()).toEqual(["quote.sent", "quote.withdrawn"]);
    expect(seen.slice(3)).toEqual(["user.disabled", "user.role_changed"]);
  });

  it("filters by action prefix, actor (any case), target id or type", async () => {
    expect(await actions({ action: "user." })).toEqual(["user.disabled", "user.role_changed"]);
    expect((await actions({ actor: "ADMIN@example.org" })).sort()).toEqual([
      "licence.revoked",
      "user.disabled",
      "user.role_changed",
    ]);
    expect((await actions({ target: "q1" })).sort()).toEqual(["quote.sent", "quote.withdrawn"]);
    expect(await actions({ target: "licence" })).toEqual(["licence.revoked"]);
  });

  it("takes whole UTC days from `from` to `to`, both included", async () => {
    expect(await actions({ from: "2026-03-01", to: "2026-03-01" })).toEqual(["user.disabled", "user.role_changed"]);
    expect((await actions({ from: "2026-03-02" })).length).toBe(3);
    expect((await actions({ to: "2026-03-02" })).length).toBe(4);
    expect((await actions({ from: "not a date" })).length).toBe(5);
  });
});

describe("listAuditActions", () => {
  it("lists each action once, in order", async () => {
    expect(await listAuditActions(s.db)).toEqual([
      "licence.revoked",
      "quote.sent",
      "quote.withdrawn",
      "user.disabled",
      "user.role_changed",
    ]);
  });
});
