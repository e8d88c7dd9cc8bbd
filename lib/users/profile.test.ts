import { afterAll, beforeAll, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { updateProfile } from "./profile";

let s: ScratchDb;
beforeAll(async () => {
  s = await createScratchDb();
});
afterAll(() => s?.cleanup());

it("saves the name (empty clears it) with an audit row each time", async () => {
  const u = await s.db.user.create({ data: { email: "me@example.org" } });
  const me = {
    id: u.id,
    email: u.email,
    name: null,
    role: "CUSTOMER" as const,
    disabled: false,
    organizationId: null,
    organizationName: null,
  };
  await updateProfile({ db: s.db }, me, { name: "Ada Lovelace" }, "10.0.0.2");
  expect((await s.db.user.findUniqueOrThrow({ where: { id: u.id } })).name).toBe("Ada Lovelace");
  await updateProfile({ db: s.db }, me, { name: "" }, "10.0.0.2");
  expect((await s.db.user.findUniqueOrThrow({ where: { id: u.id } })).name).toBeNull();
  const rows = await s.db.auditEvent.findMany({ where: { targetId: u.id } });
  expect(rows.map((r) => [r.action, r.actorEmail, r.ip])).toEqual([
    ["user.profile_updated", "me@example.org", "10.0.0.2"],
    ["user.profile_updated", "me@example.org", "10.0.0.2"],
  ]);
});
