// The session lookup against a scratch database, with the clock injected: a live session gives the user, an expired
// one or a disabled account gives nobody.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { fixedClock } from "../testing/deps";
import { hashSessionToken } from "./session-token";
import { findSessionUser } from "./session";

let s: ScratchDb;
const expires = new Date("2030-01-01T00:00:00Z");
beforeAll(async () => {
  s = await createScratchDb();
  const org = await s.db.organization.create({ data: { name: "Clinic" } });
  const live = await s.db.user.create({
    data: { email: "live@example.org", name: "Liv", role: "SALES", organizationId: org.id },
  });
  const off = await s.db.user.create({ data: { email: "off@example.org", disabled: true } });
  await s.db.session.create({ data: { userId: live.id, sessionToken: hashSessionToken("live-token"), expires } });
  await s.db.session.create({ data: { userId: off.id, sessionToken: hashSessionToken("off-token"), expires } });
});
afterAll(() => s?.cleanup());

describe("findSessionUser", () => {
  it("answers the user, role and organisation for a live session (the token is looked up hashed)", async () => {
    const u = await findSessionUser({ db: s.db, now: fixedClock("2029-12-31T23:59:59Z") }, "live-token");
    expect(u).toMatchObject({
      email: "live@example.org",
      name: "Liv",
      role: "SALES",
      organizationName: "Clinic",
      disabled: false,
    });
    expect(
      await findSessionUser({ db: s.db, now: fixedClock("2029-01-01T00:00:00Z") }, hashSessionToken("live-token")),
    ).toBeNull();
  });

  it("answers nobody once the session has expired", async () => {
    expect(await findSessionUser({ db: s.db, now: fixedClock("2030-01-01T00:00:01Z") }, "live-token")).toBeNull();
  });

  it("answers nobody for a disabled account or an unknown token", async () => {
    const now = fixedClock("2029-01-01T00:00:00Z");
    expect(await findSessionUser({ db: s.db, now }, "off-token")).toBeNull();
    expect(await findSessionUser({ db: s.db, now }, "no-such-token")).toBeNull();
  });
});
