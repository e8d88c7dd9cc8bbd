import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../../testing/scratch-db";
import { createInProcessQueue } from "../in-process-driver";
import { mailJobData } from "./send-mail";
import { queuePolicies } from "../queues";
import { expireLicencesHandler } from "./expire-licences";

let s: ScratchDb;
beforeAll(async () => (s = await createScratchDb()));
afterAll(() => s?.cleanup());

async function licence(orgId: string, number: string, status: string, expiresAt: Date) {
  return s.db.licence.create({
    data: {
      number,
      organizationId: orgId,
      datasetSlug: "d",
      use: "research",
      cohortFilter: "{}",
      cohortLabel: "All",
      catalogueVersion: 1,
      studyCount: 10,
      sizeBytes: 1n,
      termMonths: 12,
      status,
      startsAt: new Date("2025-01-01T00:00:00Z"),
      expiresAt,
    },
  });
}

describe("licence expiry job", () => {
  it("queues the licence-expired mail once per licence and member, however often it runs", async () => {
    const org = await s.db.organization.create({ data: { name: "Expiring Org" } });
    await s.db.user.createMany({
      data: [
        { email: "a@expiry.test", organizationId: org.id },
        { email: "b@expiry.test", organizationId: org.id },
      ],
    });
    const now = new Date("2026-06-01T12:00:00Z");
    const expired = await licence(org.id, "LIC-EXP-1", "ACTIVE", new Date("2026-06-01T11:59:00Z"));
    await licence(org.id, "LIC-EXP-2", "ACTIVE", new Date("2026-06-01T12:01:00Z")); // not yet
    await licence(org.id, "LIC-EXP-3", "REVOKED", new Date("2026-05-01T00:00:00Z")); // revoked: no expiry mail
    const queue = createInProcessQueue(s.db, { policies: queuePolicies(), now: () => now, log: () => {} });
    const handler = expireLicencesHandler({
      db: s.db,
      now: () => now,
      appUrl: "http://shop.test",
      send: (mail, o) => queue.send("send-mail", mailJobData({ ...mail, from: "x@shop.test" }), o),
    });

    expect(await handler()).toEqual({ notified: 1 });
    // A run killed after queuing but before marking: the same keys queue nothing more.
    await s.db.licence.update({ where: { id: expired.id }, data: { expiryNotifiedAt: null } });
    expect(await handler()).toEqual({ notified: 1 });
    expect(await handler()).toEqual({ notified: 0 });

    const jobs = await s.db.job.findMany({ where: { name: "send-mail" }, orderBy: { data: "asc" } });
    expect(
      jobs.map((j) => JSON.parse(j.data) as { to: string; subject: string }).map((m) => [m.to, m.subject]),
    ).toEqual([
      ["a@expiry.test", "Licence LIC-EXP-1: expired"],
      ["b@expiry.test", "Licence LIC-EXP-1: expired"],
    ]);
    expect((await s.db.licence.findUniqueOrThrow({ where: { id: expired.id } })).expiryNotifiedAt).toEqual(now);
  });
});
