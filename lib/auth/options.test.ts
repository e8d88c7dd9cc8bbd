// next-auth's options as the app builds them, on a scratch database with the clock injected: who may sign in, where a
// sign-in may send the browser, what a sign-in records, how sessions are stored, and which identifiers are refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NextAuthOptions } from "next-auth";
import type { EmailConfig } from "next-auth/providers/email";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { fixedClock } from "../testing/deps";
import { SESSION_COOKIE } from "./cookies";
import { LANDING_PATH } from "./landing";
import { createAuthOptions } from "./options";
import { hashSessionToken } from "./session-token";

const BASE = "https://shop.example.org";
const NOW = "2031-05-06T07:08:09.000Z";

let s: ScratchDb;
let options: NextAuthOptions;
beforeAll(async () => {
  s = await createScratchDb();
  options = createAuthOptions({ db: s.db, now: fixedClock(NOW), secret: "s".repeat(32), mailFrom: "shop@example.org" });
});
afterAll(() => s?.cleanup());

const signIn = (email: string | null) =>
  options.callbacks!.signIn!({ user: { id: "next-auth-id", email }, account: null });
const redirect = (url: string) => options.callbacks!.redirect!({ url, baseUrl: BASE });

describe("the signIn callback", () => {
  it("refuses a disabled user, whatever the case of the address the link carries", async () => {
    await s.db.user.create({ data: { email: "off@example.org", disabled: true } });
    expect(await signIn("off@example.org")).toBe(false);
    expect(await signIn("Off@Example.ORG")).toBe(false);
  });

  it("lets an enabled user in, and an unknown address (next-auth creates the user)", async () => {
    await s.db.user.create({ data: { email: "on@example.org" } });
    expect(await signIn("on@example.org")).toBe(true);
    expect(await signIn("new@example.org")).toBe(true);
  });

  it("refuses a user without an address", async () => {
    expect(await signIn(null)).toBe(false);
  });
});

describe("the redirect callback", () => {
  it("keeps a relative path, on the site's origin", async () => {
    expect(await redirect("/account/licences?tab=2")).toBe(`${BASE}/account/licences?tab=2`);
  });

  it("keeps an absolute URL on the site's own origin", async () => {
    expect(await redirect(`${BASE}/desk/enquiries`)).toBe(`${BASE}/desk/enquiries`);
  });

  it("sends anything else to the landing path: other origins, protocol-relative URLs, garbage", async () => {
    const landing = `${BASE}${LANDING_PATH}`;
    expect(await redirect("https://evil.example.com/desk")).toBe(landing);
    expect(await redirect("http://shop.example.org/desk")).toBe(landing); // same host, other scheme: other origin
    expect(await redirect("https://shop.example.org.evil.example.com/")).toBe(landing);
    expect(await redirect("//evil.example.com/desk")).toBe(landing);
    expect(await redirect("javascript:alert(1)")).toBe(landing);
    expect(await redirect("not a url")).toBe(landing);
    expect(await redirect("")).toBe(landing);
  });
});

describe("the signIn event", () => {
  const auditRows = (userId: string) =>
    s.db.auditEvent.findMany({ where: { targetId: userId, action: "auth.signed_in" } });

  it("stamps lastSignInAt with the injected clock and writes one audit row", async () => {
    const user = await s.db.user.create({ data: { email: "back@example.org" } });
    await options.events!.signIn!({ user: { id: user.id, email: user.email }, account: null, isNewUser: false });
    expect((await s.db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt?.toISOString()).toBe(NOW);
    const rows = await auditRows(user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: user.id, actorEmail: "back@example.org", targetType: "user" });
    expect(rows[0]!.details).toBeNull();
  });

  it("marks a first sign-in as a new user in the audit row", async () => {
    const user = await s.db.user.create({ data: { email: "first@example.org" } });
    await options.events!.signIn!({ user: { id: user.id, email: user.email }, account: null, isNewUser: true });
    const rows = await auditRows(user.id);
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]!.details!)).toEqual({ newUser: true });
  });
});

describe("sessions", () => {
  it("are database sessions under the cookie the session lookup reads", () => {
    expect(options.session?.strategy).toBe("database");
    expect(options.cookies?.sessionToken?.name).toBe(SESSION_COOKIE);
    expect(options.cookies?.sessionToken?.options).toMatchObject({ httpOnly: true, sameSite: "lax" });
  });

  it("reach the database only as the token's hash", async () => {
    const user = await s.db.user.create({ data: { email: "session@example.org" } });
    const token = "f".repeat(64);
    const created = await options.adapter!.createSession!({
      sessionToken: token,
      userId: user.id,
      expires: new Date("2031-06-01T00:00:00Z"),
    });
    expect(created.sessionToken).toBe(token); // what next-auth puts in the cookie
    const row = await s.db.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.sessionToken).not.toContain(token);
    expect(row.sessionToken).toBe(hashSessionToken(token));
    expect((await options.adapter!.getSessionAndUser!(token))?.user.email).toBe("session@example.org");
  });
});

describe("the email provider", () => {
  const normalize = (identifier: string) => {
    const provider = options.providers.find((p) => p.id === "email") as EmailConfig;
    return provider.options.normalizeIdentifier!(identifier);
  };

  it("normalises a plain address to the app's form", () => {
    expect(normalize("  Ann@Example.ORG ")).toBe("ann@example.org");
  });

  it("refuses a display-name address or a list, so next-auth makes no token or user for it", () => {
    expect(() => normalize("Ann <ann@example.org>")).toThrow();
    expect(() => normalize("a@example.org,b@example.org")).toThrow();
  });
});
