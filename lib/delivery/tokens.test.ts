// Download and API tokens on a scratch database: made by customers only, stored as hashes, checked on every use
// (revoked, expired, maker disabled or moved), revoked by their organisation or staff.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { createTestLicence } from "../licensing/test-utils/licence";
import { createToken, hashToken, listTokens, revokeToken, tokenState, verifyToken, type TokenMaker } from "./tokens";

let s: ScratchDb;
let customer: TokenMaker;
let outsider: TokenMaker;
let licenceId: string;
let otherLicenceId: string;
const now = new Date("2026-07-01T00:00:00Z");
const day = 86_400_000;

beforeAll(async () => {
  s = await createScratchDb();
  const orgA = (await s.db.organization.create({ data: { name: "A" } })).id;
  const orgB = (await s.db.organization.create({ data: { name: "B" } })).id;
  const user = async (email: string, organizationId: string) => {
    const u = await s.db.user.create({ data: { email, organizationId } });
    return { id: u.id, role: "CUSTOMER", organizationId };
  };
  customer = await user("c@a.org", orgA);
  outsider = await user("o@b.org", orgB);
  const licence = (number: string, organizationId: string) => createTestLicence(s.db, organizationId, number);
  licenceId = await licence("L-1", orgA);
  otherLicenceId = await licence("L-2", orgB);
});
afterAll(() => s?.cleanup());

describe("createToken", () => {
  it("shows the token once and stores only its hash", async () => {
    const t = await createToken(s.db, customer, { kind: "API", name: "  CI  ", ttlDays: 30 }, now);
    expect(t.token).toMatch(/^pat_[A-Za-z0-9_-]{43}$/);
    expect(t.prefix).toBe(t.token.slice(0, 10));
    expect(t.expiresAt).toEqual(new Date(now.getTime() + 30 * day));
    const row = await s.db.accessToken.findUniqueOrThrow({ where: { id: t.id } });
    expect(row).toMatchObject({ name: "CI", tokenHash: hashToken(t.token), licenceId: null });
    expect(JSON.stringify(row)).not.toContain(t.token);
  });

  it("ties a download token to a licence of the maker's organisation only", async () => {
    const t = await createToken(s.db, customer, { kind: "DOWNLOAD", name: "", licenceId, ttlDays: 1 }, now);
    expect(t.token.startsWith("dl_")).toBe(true);
    expect((await s.db.accessToken.findUniqueOrThrow({ where: { id: t.id } })).name).toBe("Download token");
    await expect(
      createToken(s.db, customer, { kind: "DOWNLOAD", name: "x", licenceId: otherLicenceId, ttlDays: 1 }, now),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createToken(s.db, customer, { kind: "DOWNLOAD", name: "x", ttlDays: 1 }, now)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses staff, people without an organisation and lifetimes outside 1-366 days", async () => {
    const staff = { ...customer, role: "ADMIN" };
    await expect(createToken(s.db, staff, { kind: "API", name: "x", ttlDays: 1 }, now)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      createToken(s.db, { ...customer, organizationId: null }, { kind: "API", name: "x", ttlDays: 1 }, now),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const ttlDays of [0, 367, Number.NaN])
      await expect(createToken(s.db, customer, { kind: "API", name: "x", ttlDays }, now)).rejects.toMatchObject({
        code: "VALIDATION",
      });
  });
});

describe("verifyToken", () => {
  it("accepts a good token until it expires", async () => {
    const t = await createToken(s.db, customer, { kind: "API", name: "x", ttlDays: 2 }, now);
    expect(await verifyToken(s.db, t.token, now)).toMatchObject({ ok: true, token: { id: t.id, kind: "API" } });
    expect(await verifyToken(s.db, t.token, t.expiresAt)).toEqual({ ok: false, reason: "token expired" });
  });

  it("refuses malformed, unknown and revoked tokens, and tokens whose maker left or was disabled", async () => {
    expect(await verifyToken(s.db, "pat_short", now)).toEqual({ ok: false, reason: "malformed token" });
    expect(await verifyToken(s.db, `pat_${"A".repeat(43)}`, now)).toEqual({ ok: false, reason: "unknown token" });
    const t = await createToken(s.db, customer, { kind: "API", name: "x", ttlDays: 2 }, now);
    await revokeToken(s.db, customer, t.id, now);
    expect(await verifyToken(s.db, t.token, now)).toEqual({ ok: false, reason: "token revoked" });
    const mover = await s.db.user.create({ data: { email: "m@a.org", organizationId: customer.organizationId } });
    const m = await createToken(
      s.db,
      { id: mover.id, role: "CUSTOMER", organizationId: customer.organizationId },
      { kind: "API", name: "x", ttlDays: 2 },
      now,
    );
    await s.db.user.update({ where: { id: mover.id }, data: { organizationId: outsider.organizationId } });
    expect(await verifyToken(s.db, m.token, now)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("no longer"),
    });
  });
});

describe("revokeToken", () => {
  it("lets the organisation and staff revoke; others learn nothing; a second revoke changes nothing", async () => {
    const t = await createToken(s.db, customer, { kind: "API", name: "x", ttlDays: 2 }, now);
    await expect(revokeToken(s.db, outsider, t.id, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const staff = { id: "staff-1", role: "SALES", organizationId: null };
    expect(await revokeToken(s.db, staff, t.id, now)).toEqual({ id: t.id, alreadyRevoked: false });
    expect(await revokeToken(s.db, customer, t.id, new Date(now.getTime() + day))).toEqual({
      id: t.id,
      alreadyRevoked: true,
    });
    const row = await s.db.accessToken.findUniqueOrThrow({ where: { id: t.id } });
    expect([row.revokedAt, row.revokedById]).toEqual([now, "staff-1"]);
    expect(tokenState(row, now)).toBe("revoked");
  });

  it("lists an organisation's tokens with their state", async () => {
    const mine = await listTokens(s.db, { organizationId: customer.organizationId! });
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((t) => t.organizationId === customer.organizationId)).toBe(true);
    expect(await listTokens(s.db, { organizationId: outsider.organizationId! })).toEqual([]);
    expect(tokenState({ revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(tokenState({ revokedAt: null, expiresAt: new Date(now.getTime() + 1) }, now)).toBe("active");
  });
});
