// Account changes on a scratch database: each returns what changed (for its audit row), disabling ends sessions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { changeRole, setDisabled, setOrganization } from "./manage";

let s: ScratchDb;
let userId: string;
let orgId: string;
beforeAll(async () => {
  s = await createScratchDb();
  userId = (await s.db.user.create({ data: { email: "u@example.org" } })).id;
  orgId = (await s.db.organization.create({ data: { name: "ACME" } })).id;
});
afterAll(() => s?.cleanup());

describe("account changes", () => {
  it("change the role and say from what to what", async () => {
    expect(await changeRole(s.db, userId, "SALES")).toEqual({ email: "u@example.org", from: "CUSTOMER", to: "SALES" });
    expect((await s.db.user.findUniqueOrThrow({ where: { id: userId } })).role).toBe("SALES");
  });

  it("disabling deletes the user's sessions; enabling leaves them alone", async () => {
    const expires = new Date("2099-01-01T00:00:00Z");
    await s.db.session.create({ data: { sessionToken: "t1", userId, expires } });
    await setDisabled(s.db, userId, false);
    expect(await s.db.session.count({ where: { userId } })).toBe(1);
    expect(await setDisabled(s.db, userId, true)).toEqual({ email: "u@example.org", disabled: true });
    expect(await s.db.session.count({ where: { userId } })).toBe(0);
    expect((await s.db.user.findUniqueOrThrow({ where: { id: userId } })).disabled).toBe(true);
  });

  it("move a user into an organisation and out again, refusing one that does not exist", async () => {
    expect(await setOrganization(s.db, userId, orgId)).toEqual({ email: "u@example.org", from: null, to: orgId });
    await expect(setOrganization(s.db, userId, "missing")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await setOrganization(s.db, userId, null)).toMatchObject({ from: orgId, to: null });
  });

  it("answer NOT_FOUND for an unknown user", async () => {
    await expect(changeRole(s.db, "nobody", "ADMIN")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setDisabled(s.db, "nobody", true)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
