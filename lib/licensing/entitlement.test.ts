// Entitlement on a scratch database: only the organisation's active licences within their term count, the one that
// runs longest wins, and the cohort test decides membership.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { entitlement, type EntitledLicence } from "./entitlement";
import { createTestLicence } from "./test-utils/licence";

let s: ScratchDb;
let orgA: string;
let orgB: string;
const now = new Date("2026-06-01T00:00:00Z");
const day = 86_400_000;

beforeAll(async () => {
  s = await createScratchDb();
  orgA = (await s.db.organization.create({ data: { name: "A" } })).id;
  orgB = (await s.db.organization.create({ data: { name: "B" } })).id;
  const licence = (number: string, organizationId: string, cohort: string, extra: object) =>
    createTestLicence(s.db, organizationId, number, {
      cohortFilter: cohort,
      status: "ACTIVE",
      startsAt: new Date(now.getTime() - 30 * day),
      expiresAt: new Date(now.getTime() + 30 * day),
      ...extra,
    });
  await licence("L-short", orgA, "spine", {});
  await licence("L-long", orgA, "spine", { expiresAt: new Date(now.getTime() + 300 * day) });
  await licence("L-knee", orgA, "knee", {});
  await licence("L-expired", orgA, "hip", { expiresAt: new Date(now.getTime() - day) });
  await licence("L-future", orgA, "hip", { startsAt: new Date(now.getTime() + day) });
  await licence("L-revoked", orgA, "hip", { status: "REVOKED" });
  await licence("L-suspended", orgA, "hip", { status: "SUSPENDED" });
  await licence("L-other-org", orgB, "hip", {});
});
afterAll(() => s?.cleanup());

/** Study UIDs name the cohort they are in ("spine-1" is in every "spine" cohort). */
const inCohort = async (l: EntitledLicence, uid: string) => uid.startsWith(`${l.cohortFilter}-`);
const check = (organizationId: string, studyId: string, at = now) =>
  entitlement(s.db, { organizationId, studyId }, { inCohort, now: at });

describe("entitlement", () => {
  it("finds the covering licence that runs longest", async () => {
    expect((await check(orgA, "spine-1"))?.number).toBe("L-long");
    expect((await check(orgA, "knee-9"))?.number).toBe("L-knee");
  });

  it("ignores expired, not yet started, revoked and suspended licences and other organisations'", async () => {
    expect(await check(orgA, "hip-1")).toBeNull();
    expect((await check(orgB, "hip-1"))?.number).toBe("L-other-org");
    expect(await check(orgB, "spine-1")).toBeNull();
  });

  it("follows the clock: a licence stops covering at its expiry", async () => {
    expect((await check(orgA, "knee-1", new Date(now.getTime() + 29 * day)))?.number).toBe("L-knee");
    expect(await check(orgA, "knee-1", new Date(now.getTime() + 30 * day))).toBeNull();
    // The future licence starts covering on its start day.
    expect((await check(orgA, "hip-1", new Date(now.getTime() + day)))?.number).toBe("L-future");
  });
});
