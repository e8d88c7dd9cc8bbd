// The signed-in user of the current request: Next's cookies() is the framework's double and the app's database module
// answers with a scratch database; the cookie name, the hashed lookup and the session rules are the real ones.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "../db/create-client";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { SESSION_COOKIE } from "./cookies";
import type { SessionUser } from "./session";
import { hashSessionToken } from "./session-token";

const request = vi.hoisted(() => ({ cookies: {} as Record<string, string>, db: undefined as Db | undefined }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name in request.cookies ? { name, value: request.cookies[name] } : undefined),
  }),
}));
vi.mock("../db", () => ({ db: request.db }));

let s: ScratchDb;
let getCurrentUser: () => Promise<SessionUser | null>;
// The binding reads the real clock: sessions either side of it by decades, so no test depends on when it runs.
const future = new Date("2999-01-01T00:00:00Z");
const past = new Date("2000-01-01T00:00:00Z");

beforeAll(async () => {
  s = await createScratchDb();
  request.db = s.db;
  ({ getCurrentUser } = await import("./current-user"));
  const live = await s.db.user.create({ data: { email: "live@example.org", role: "SALES" } });
  const off = await s.db.user.create({ data: { email: "off@example.org", disabled: true } });
  await s.db.session.createMany({
    data: [
      { userId: live.id, sessionToken: hashSessionToken("live-token"), expires: future },
      { userId: live.id, sessionToken: hashSessionToken("expired-token"), expires: past },
      { userId: off.id, sessionToken: hashSessionToken("off-token"), expires: future },
    ],
  });
});
afterAll(() => s?.cleanup());

const asCookie = (value: string) => (request.cookies = { [SESSION_COOKIE]: value });

describe("getCurrentUser", () => {
  it("is nobody without a session cookie, or with the token under another cookie's name", async () => {
    request.cookies = {};
    expect(await getCurrentUser()).toBeNull();
    request.cookies = { "some-other-cookie": "live-token" };
    expect(await getCurrentUser()).toBeNull();
  });

  it("is the session's user for a live session cookie", async () => {
    asCookie("live-token");
    expect(await getCurrentUser()).toMatchObject({ email: "live@example.org", role: "SALES", disabled: false });
  });

  it("is nobody for an expired session, a disabled user, an unknown token or the stored hash itself", async () => {
    for (const token of ["expired-token", "off-token", "no-such-token", hashSessionToken("live-token")]) {
      asCookie(token);
      expect(await getCurrentUser(), token).toBeNull();
    }
  });
});
