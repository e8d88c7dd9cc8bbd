// A change and its audit row commit together or not at all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { audited } from "./audited";

let s: ScratchDb;
beforeAll(async () => {
  s = await createScratchDb();
});
afterAll(() => s?.cleanup());

describe("audited", () => {
  it("writes the change and its audit row, built from the change's result", async () => {
    const org = await audited(
      s.db,
      (tx) => tx.organization.create({ data: { name: "Audited Ltd" } }),
      (o) => ({
        actor: null,
        action: "organization.created",
        targetType: "organization",
        targetId: o.id,
        details: { name: o.name },
      }),
    );
    const row = await s.db.auditEvent.findFirstOrThrow({ where: { targetId: org.id } });
    expect(row.action).toBe("organization.created");
    expect(JSON.parse(row.details!)).toEqual({ name: "Audited Ltd" });
  });

  it("rolls the change back when the audit row cannot be written", async () => {
    await expect(
      audited(
        s.db,
        (tx) => tx.organization.create({ data: { name: "Rolled Back Ltd" } }),
        () => {
          throw new Error("audit entry failed");
        },
      ),
    ).rejects.toThrow("audit entry failed");
    expect(await s.db.organization.findUnique({ where: { name: "Rolled Back Ltd" } })).toBeNull();
  });

  it("writes no audit row when the change fails", async () => {
    const before = await s.db.auditEvent.count();
    await expect(
      audited(
        s.db,
        async () => Promise.reject(new Error("change failed")),
        () => ({ actor: null, action: "never" }),
      ),
    ).rejects.toThrow("change failed");
    expect(await s.db.auditEvent.count()).toBe(before);
  });
});
