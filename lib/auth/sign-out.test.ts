import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { SESSION_COOKIE } from "./cookies";
import { hashSessionToken } from "./session-token";
import type { SessionUser } from "./session";
import { signOutCurrentSession, signOutEverywhere } from "./sign-out";

let s: ScratchDb;
let user: SessionUser;
const expires = new Date("2100-01-01T00:00:00Z");
beforeAll(async () => {
  s = await createScratchDb();
  const u = await s.db.user.create({ data: { email: "out@example.org" } });
  user = {
    id: u.id,
    email: u.email,
    name: null,
    role: "CUSTOMER",
    disabled: false,
    organizationId: null,
    organizationName: null,
  };
});
afterAll(() => s?.cleanup());

function cookieStore(token?: string) {
  const deleted: string[] = [];
  return {
    deleted,
    get: (name: string) => (name === SESSION_COOKIE && token ? { value: token } : undefined),
    delete: (o: { name: string }) => deleted.push(o.name),
  };
}

describe("signing out", () => {
  it("ends this browser's session only, clears the cookie and audits it", async () => {
    await s.db.session.createMany({
      data: [
        { userId: user.id, sessionToken: hashSessionToken("this-browser"), expires },
        { userId: user.id, sessionToken: hashSessionToken("other-browser"), expires },
      ],
    });
    const store = cookieStore("this-browser");
    await signOutCurrentSession({ db: s.db }, store, user, "10.0.0.3");
    expect(store.deleted).toEqual([SESSION_COOKIE]);
    expect((await s.db.session.findMany({ where: { userId: user.id } })).map((x) => x.sessionToken)).toEqual([
      hashSessionToken("other-browser"),
    ]);
    expect(await s.db.auditEvent.count({ where: { targetId: user.id, action: "auth.signed_out" } })).toBe(1);
  });

  it("without a user (a stale cookie) still clears the cookie and writes no audit row", async () => {
    const before = await s.db.auditEvent.count();
    const store = cookieStore("stale");
    await signOutCurrentSession({ db: s.db }, store, null, "ip");
    expect(store.deleted).toEqual([SESSION_COOKIE]);
    expect(await s.db.auditEvent.count()).toBe(before);
  });

  it("everywhere: every session of the user goes, the count is audited", async () => {
    await s.db.session.create({ data: { userId: user.id, sessionToken: hashSessionToken("third"), expires } });
    expect(await signOutEverywhere({ db: s.db }, user, "ip")).toBe(2);
    expect(await s.db.session.count({ where: { userId: user.id } })).toBe(0);
    const row = await s.db.auditEvent.findFirstOrThrow({
      where: { targetId: user.id, action: "auth.signed_out_everywhere" },
    });
    expect(JSON.parse(row.details!)).toEqual({ sessions: 2 });
  });
});
