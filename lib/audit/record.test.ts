import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { recordAudit } from "./record";

let s: ScratchDb;
beforeAll(async () => {
  s = await createScratchDb();
});
afterAll(() => s?.cleanup());

describe("recordAudit", () => {
  it("writes who, what, on what, the details as JSON and the address", async () => {
    await recordAudit(s.db, {
      actor: { id: "u1", email: "admin@example.org" },
      action: "user.role_changed",
      targetType: "user",
      targetId: "u2",
      details: { from: "CUSTOMER", to: "SALES" },
      ip: "203.0.113.5",
    });
    expect(await s.db.auditEvent.findFirstOrThrow({ where: { action: "user.role_changed" } })).toMatchObject({
      actorId: "u1",
      actorEmail: "admin@example.org",
      targetType: "user",
      targetId: "u2",
      details: '{"from":"CUSTOMER","to":"SALES"}',
      ip: "203.0.113.5",
    });
  });

  it("records system actions with no actor, and nulls for what is not given", async () => {
    await recordAudit(s.db, { actor: null, action: "licence.expired" });
    expect(await s.db.auditEvent.findFirstOrThrow({ where: { action: "licence.expired" } })).toMatchObject({
      actorId: null,
      actorEmail: null,
      targetType: null,
      targetId: null,
      details: null,
      ip: null,
    });
  });

  it("writes inside the caller's transaction, so a failed change leaves no audit row", async () => {
    await expect(
      s.db.$transaction(async (tx) => {
        await recordAudit(tx, { actor: null, action: "rolled.back" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await s.db.auditEvent.count({ where: { action: "rolled.back" } })).toBe(0);
  });
});
