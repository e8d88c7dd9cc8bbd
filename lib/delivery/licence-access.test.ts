// Who may download under a licence, on a scratch database: the organisation's signed-in users and its tokens (a
// download token only for its own licence), and only while the licence is active and within its term. Another
// organisation's users learn nothing (404); a token pointed elsewhere, or an inactive licence, gets 403.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { createTestLicence } from "../licensing/test-utils/licence";
import type { Caller } from "./caller";
import { licenceAccess } from "./licence-access";

let s: ScratchDb;
const now = new Date("2026-06-01T00:00:00Z");
const day = 86_400_000;
const ids: Record<string, string> = {};

beforeAll(async () => {
  s = await createScratchDb();
  ids.orgA = (await s.db.organization.create({ data: { name: "A" } })).id;
  ids.orgB = (await s.db.organization.create({ data: { name: "B" } })).id;
  const licence = async (key: string, extra: object = {}) => {
    ids[key] = await createTestLicence(s.db, ids.orgA!, `L-${key}`, {
      catalogueVersion: 3,
      status: "ACTIVE",
      startsAt: new Date(now.getTime() - day),
      expiresAt: new Date(now.getTime() + day),
      ...extra,
    });
  };
  await licence("active");
  await licence("other");
  await licence("suspended", { status: "SUSPENDED" });
  await licence("expired", { expiresAt: now });
  await licence("pending", { status: "PENDING", startsAt: null, expiresAt: null });
});
afterAll(() => s?.cleanup());

const session = (organizationId: string | null): Caller => ({
  kind: "session",
  user: { id: "u1", role: "CUSTOMER", organizationId },
});
const token = (kind: "DOWNLOAD" | "API", organizationId: string, licenceId: string | null = null): Caller => ({
  kind: "token",
  token: { id: "t1", kind, userId: "u2", organizationId, licenceId },
});
const access = (caller: Caller, key: string) => licenceAccess(s.db, caller, ids[key] ?? key, now);

describe("licenceAccess", () => {
  it("lets the organisation's users and tokens in, naming who asked", async () => {
    const bySession = await access(session(ids.orgA!), "active");
    expect(bySession).toMatchObject({ ok: true, userId: "u1", tokenId: null, licence: { number: "L-active" } });
    expect(bySession.ok && bySession.licence.catalogueVersion).toBe(3);
    expect(await access(token("API", ids.orgA!), "active")).toMatchObject({ ok: true, userId: "u2", tokenId: "t1" });
    expect(await access(token("DOWNLOAD", ids.orgA!, ids.active), "active")).toMatchObject({ ok: true });
  });

  it("answers 404 to another organisation's users, for a real id as for a made-up one", async () => {
    expect(await access(session(ids.orgB!), "active")).toEqual({ ok: false, status: 404, reason: "no such licence" });
    expect(await access(session(null), "active")).toMatchObject({ status: 404 });
    expect(await access(session(ids.orgA!), "no-such-id")).toMatchObject({ status: 404 });
    expect(await access(session(ids.orgA!), "../../etc")).toMatchObject({ status: 404 });
  });

  it("refuses a token of another organisation, or a download token for another licence (403)", async () => {
    expect(await access(token("API", ids.orgB!), "active")).toMatchObject({ ok: false, status: 403 });
    expect(await access(token("DOWNLOAD", ids.orgA!, ids.other), "active")).toMatchObject({ ok: false, status: 403 });
  });

  it("refuses a licence that is suspended, expired (at its expiry instant) or not started", async () => {
    expect(await access(session(ids.orgA!), "suspended")).toMatchObject({
      status: 403,
      reason: expect.stringContaining("suspended"),
    });
    expect(await access(session(ids.orgA!), "expired")).toMatchObject({
      status: 403,
      reason: expect.stringContaining("expired"),
    });
    expect(await access(session(ids.orgA!), "pending")).toMatchObject({
      status: 403,
      reason: expect.stringContaining("pending"),
    });
  });

  it("passes on a caller already denied", async () => {
    const denied: Caller = { kind: "denied", status: 401, reason: "token expired" };
    expect(await access(denied, "active")).toEqual({ ok: false, status: 401, reason: "token expired" });
  });
});
