// Who is asking a delivery route, on a scratch database: a presented token decides alone; otherwise a live session
// of an enabled user; otherwise 401.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashSessionToken } from "../auth/session-token";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { cookieValue, resolveCaller } from "./caller";
import { createToken } from "./tokens";

let s: ScratchDb;
let userId: string;
let token: string;
const now = new Date("2026-07-01T00:00:00Z");

beforeAll(async () => {
  s = await createScratchDb();
  const orgId = (await s.db.organization.create({ data: { name: "A" } })).id;
  userId = (await s.db.user.create({ data: { email: "c@a.org", organizationId: orgId } })).id;
  token = (
    await createToken(
      s.db,
      { id: userId, role: "CUSTOMER", organizationId: orgId },
      { kind: "API", name: "x", ttlDays: 5 },
      now,
    )
  ).token;
  await s.db.session.create({
    data: { sessionToken: hashSessionToken("cookie-live"), userId, expires: new Date(now.getTime() + 60_000) },
  });
  await s.db.session.create({ data: { sessionToken: hashSessionToken("cookie-old"), userId, expires: now } });
});
afterAll(() => s?.cleanup());

describe("resolveCaller", () => {
  it("takes a Bearer or URL token", async () => {
    expect(await resolveCaller(s.db, { authorization: `Bearer ${token}` }, now)).toMatchObject({
      kind: "token",
      token: { userId },
    });
    expect(await resolveCaller(s.db, { authorization: `bearer   ${token}` }, now)).toMatchObject({ kind: "token" });
    expect(await resolveCaller(s.db, { urlToken: token }, now)).toMatchObject({ kind: "token" });
  });

  it("refuses a bad token even with a good session cookie (403)", async () => {
    expect(await resolveCaller(s.db, { urlToken: "dl_nonsense", sessionToken: "cookie-live" }, now)).toEqual({
      kind: "denied",
      status: 403,
      reason: "malformed token",
    });
  });

  it("takes a live session of an enabled user, stored by its hash", async () => {
    expect(await resolveCaller(s.db, { sessionToken: "cookie-live" }, now)).toMatchObject({
      kind: "session",
      user: { id: userId },
    });
    // The stored hash itself is not a session token.
    expect(await resolveCaller(s.db, { sessionToken: hashSessionToken("cookie-live") }, now)).toMatchObject({
      status: 401,
    });
    expect(await resolveCaller(s.db, { sessionToken: "cookie-old" }, now)).toMatchObject({
      kind: "denied",
      status: 401,
    });
    await s.db.user.update({ where: { id: userId }, data: { disabled: true } });
    expect(await resolveCaller(s.db, { sessionToken: "cookie-live" }, now)).toMatchObject({ status: 401 });
    await s.db.user.update({ where: { id: userId }, data: { disabled: false } });
  });

  it("asks anyone else to sign in (401)", async () => {
    expect(await resolveCaller(s.db, {}, now)).toMatchObject({ kind: "denied", status: 401 });
    expect(await resolveCaller(s.db, { authorization: "Basic abc" }, now)).toMatchObject({ status: 401 });
  });
});

describe("cookieValue", () => {
  it("finds a cookie by its exact name and decodes it", () => {
    const h = "a=1; next-auth.session-token=x%2By; __Secure-next-auth.session-token=z";
    expect(cookieValue(h, "next-auth.session-token")).toBe("x+y");
    expect(cookieValue(h, "__Secure-next-auth.session-token")).toBe("z");
    expect(cookieValue(h, "session-token")).toBeNull();
    expect(cookieValue(undefined, "a")).toBeNull();
  });

  it("treats a malformed %-escape as no cookie instead of throwing", () => {
    expect(cookieValue("next-auth.session-token=%E0%A4%A", "next-auth.session-token")).toBeNull();
  });
});
