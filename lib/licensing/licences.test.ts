// The licence lifecycle, transition by transition, on a scratch database (SQLite, or PostgreSQL with
// TEST_DATABASE_URL): the status and dates each step writes, its audit row, the mail to the organisation's members,
// and for a step that is not allowed from the current state a clear error with nothing written and nothing sent.
import { describe, expect, test } from "vitest";
import { fixturePerTest, invoiceOrder, smallCohort } from "../payments/test-utils/fixtures";
import {
  acceptGrantedLicence,
  activateLicenceForOrder,
  extendLicence,
  grantLicence,
  licenceUrl,
  revokeLicence,
  setSuspended,
} from "./licences";

const fixture = fixturePerTest();

async function setup() {
  const f = await fixture();
  const u = await f.db.user.create({ data: { email: "sales@vendor.test", role: "SALES" } });
  const colleague = await f.db.user.create({
    data: { email: `colleague-${f.org.id}@example.test`, organizationId: f.org.id },
  });
  const sales = { id: u.id, email: u.email };
  const grant = (termMonths = 12, use: "research" | "commercial" = "research") =>
    grantLicence(
      f.deps,
      sales,
      {
        organizationId: f.org.id,
        use,
        cohort: smallCohort(30),
        termMonths,
        reason: "Signed on paper",
        datasetSlug: "lumbar-spine-mri",
      },
      "192.0.2.7",
    );
  const accept = async (licenceId: string, use = "research") => {
    const ag = await f.agreement(use);
    return acceptGrantedLicence(f.deps, f.buyer, {
      licenceId,
      agreementVersionId: ag.id,
      sha256: ag.sha256,
      ip: "198.51.100.1",
    });
  };
  const audits = (targetId: string) =>
    f.db.auditEvent.findMany({ where: { targetType: "licence", targetId }, orderBy: { createdAt: "asc" } });
  /** What the database and the outbox hold, to show a refused step changed neither. */
  const snapshot = async (id: string) => ({
    licence: await f.db.licence.findUniqueOrThrow({ where: { id } }),
    audits: await f.db.auditEvent.count(),
    acceptances: await f.db.agreementAcceptance.count(),
    mails: f.mail.length,
  });
  return { f, sales, colleague, grant, accept, audits, snapshot };
}

describe("grantLicence", () => {
  test("writes a numbered PENDING licence without dates, audits who and why, and mails every member with the reason", async () => {
    const { f, sales, colleague, grant, audits } = await setup();
    const l = await grant(6);
    expect(l).toMatchObject({
      number: "L-000001",
      status: "PENDING",
      organizationId: f.org.id,
      termMonths: 6,
      studyCount: 30,
      cohortLabel: "Disc herniation, MRI",
      grantedById: sales.id,
      startsAt: null,
      expiresAt: null,
      acceptanceId: null,
    });
    expect((await grant()).number).toBe("L-000002");
    const [audit] = await audits(l.id);
    expect(audit).toMatchObject({ action: "licence.granted", actorId: sales.id, ip: "192.0.2.7" });
    expect(JSON.parse(audit!.details!)).toEqual({
      organizationId: f.org.id,
      reason: "Signed on paper",
      studyCount: 30,
    });
    const mails = f.mail.filter((m) => m.subject === "Licence L-000001: granted");
    expect(mails.map((m) => m.to).sort()).toEqual([f.buyer.email, colleague.email].sort());
    expect(mails[0]!.text).toContain("Reason: Signed on paper");
    expect(mails[0]!.text).toContain(licenceUrl("http://app.test", l.id));
  });

  test("refuses an organisation that does not exist, naming the field, and writes nothing", async () => {
    const { f, sales } = await setup();
    await expect(
      grantLicence(f.deps, sales, {
        organizationId: "no-such-org",
        use: "research",
        cohort: smallCohort(),
        termMonths: 12,
        reason: "x",
        datasetSlug: "lumbar-spine-mri",
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { organizationId: ["Choose an organisation"] } });
    expect(await f.db.licence.count()).toBe(0);
    expect(await f.db.auditEvent.count({ where: { action: "licence.granted" } })).toBe(0);
    expect(f.mail).toHaveLength(0);
  });
});

describe("acceptGrantedLicence", () => {
  test("a member's acceptance starts the licence now for its term, records the acceptance and audits it", async () => {
    const { f, grant, accept, audits } = await setup();
    f.clock.now = new Date("2026-01-31T12:00:00Z");
    const l = await accept((await grant(1)).id);
    // one month from 31 January is the last day of February
    expect(l).toMatchObject({
      status: "ACTIVE",
      startsAt: new Date("2026-01-31T12:00:00Z"),
      expiresAt: new Date("2026-02-28T12:00:00Z"),
    });
    const acceptance = await f.db.agreementAcceptance.findUniqueOrThrow({ where: { id: l.acceptanceId! } });
    expect(acceptance).toMatchObject({ userId: f.buyer.id, organizationId: f.org.id, ip: "198.51.100.1" });
    expect((await audits(l.id)).map((a) => [a.action, a.actorId])).toEqual([
      ["licence.granted", expect.any(String)],
      ["licence.accepted", f.buyer.id],
    ]);
    expect(f.mail.filter((m) => m.subject === `Licence ${l.number}: activated`).map((m) => m.to)).toContain(
      f.buyer.email,
    );
  });

  test("an agreement for the other use is refused under its field; nothing is written", async () => {
    const { grant, accept, snapshot } = await setup();
    const l = await grant(12, "commercial");
    const before = await snapshot(l.id);
    await expect(accept(l.id, "research")).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { agreementVersionId: [expect.any(String)] },
    });
    expect(await snapshot(l.id)).toEqual(before);
  });

  test("a licence that no longer waits for acceptance is refused as a conflict; nothing is written or sent", async () => {
    const { grant, accept, snapshot } = await setup();
    const l = await grant();
    await accept(l.id);
    const before = await snapshot(l.id);
    await expect(accept(l.id)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This licence does not wait for an acceptance.",
    });
    expect(await snapshot(l.id)).toEqual(before);
    expect(before.licence.status).toBe("ACTIVE");
  });
});

describe("extendLicence", () => {
  test("an active licence runs on from its expiry; an expired one from today; a pending one gets a longer term", async () => {
    const { f, sales, grant, accept, audits } = await setup();
    const active = await accept((await grant()).id); // 2026-03-01 -> 2027-03-01
    const ext = await extendLicence(f.deps, sales, active.id, 3);
    expect(ext.expiresAt).toEqual(new Date("2027-06-01T10:00:00Z"));
    const audit = (await audits(active.id)).at(-1)!;
    expect(audit.action).toBe("licence.extended");
    expect(JSON.parse(audit.details!)).toEqual({
      months: 3,
      from: "2027-03-01T10:00:00.000Z",
      to: "2027-06-01T10:00:00.000Z",
    });
    expect(f.mail.some((m) => m.subject === `Licence ${active.number}: extended`)).toBe(true);

    // long expired: two months from the day of the extension, not from the old expiry
    f.clock.now = new Date("2028-01-15T09:00:00Z");
    expect((await extendLicence(f.deps, sales, active.id, 2)).expiresAt).toEqual(new Date("2028-03-15T09:00:00Z"));

    const pending = await grant(6);
    const longer = await extendLicence(f.deps, sales, pending.id, 6);
    expect(longer).toMatchObject({ status: "PENDING", termMonths: 12, expiresAt: null });
  });

  test("a revoked licence cannot be extended: a conflict, nothing written or sent", async () => {
    const { f, sales, grant, accept, snapshot } = await setup();
    const l = await accept((await grant()).id);
    await revokeLicence(f.deps, sales, l.id, "Breach");
    const before = await snapshot(l.id);
    await expect(extendLicence(f.deps, sales, l.id, 3)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "A revoked licence cannot be extended.",
    });
    expect(await snapshot(l.id)).toEqual(before);
  });

  test("an unknown licence is not found", async () => {
    const { f, sales } = await setup();
    await expect(extendLicence(f.deps, sales, "nope", 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("revokeLicence", () => {
  test("revokes with the reason and time, audits and mails once; revoking again is a no-op returning null", async () => {
    const { f, sales, colleague, grant, accept, audits } = await setup();
    const l = await accept((await grant()).id);
    f.clock.now = new Date("2026-05-05T05:05:05Z");
    const r = await revokeLicence(f.deps, sales, l.id, "Breach of clause 2", "203.0.113.5");
    expect(r).toMatchObject({
      status: "REVOKED",
      revokedReason: "Breach of clause 2",
      revokedAt: new Date("2026-05-05T05:05:05Z"),
    });
    const revokedMails = () => f.mail.filter((m) => m.subject === `Licence ${l.number}: revoked`);
    expect(revokedMails().map((m) => m.to)).toEqual([f.buyer.email, colleague.email]);
    expect(revokedMails()[0]!.text).toContain("Reason: Breach of clause 2");

    f.clock.now = new Date("2026-06-01T00:00:00Z");
    expect(await revokeLicence(f.deps, sales, l.id, "again")).toBeNull();
    expect(revokedMails()).toHaveLength(2);
    const revokes = (await audits(l.id)).filter((a) => a.action === "licence.revoked");
    expect(revokes).toHaveLength(1);
    expect(revokes[0]).toMatchObject({ ip: "203.0.113.5", actorId: sales.id });
    // the first reason and time stand
    expect(await f.db.licence.findUniqueOrThrow({ where: { id: l.id } })).toMatchObject({
      revokedReason: "Breach of clause 2",
      revokedAt: new Date("2026-05-05T05:05:05Z"),
    });
  });

  test("a pending licence can be revoked before anyone accepts it (by the system: no actor)", async () => {
    const { f, grant, audits } = await setup();
    const l = await grant();
    expect((await revokeLicence(f.deps, null, l.id, "Deal fell through"))?.status).toBe("REVOKED");
    expect((await audits(l.id)).at(-1)).toMatchObject({ action: "licence.revoked", actorId: null });
  });
});

describe("setSuspended", () => {
  test("suspends an active licence with its reason and reinstates it, each audited and mailed", async () => {
    const { f, sales, grant, accept, audits } = await setup();
    const l = await accept((await grant()).id);
    expect(await setSuspended(f.deps, sales, l.id, true, "Audit pending")).toMatchObject({
      status: "SUSPENDED",
      revokedReason: "Audit pending",
    });
    const back = await setSuspended(f.deps, sales, l.id, false, "");
    expect(back).toMatchObject({ status: "ACTIVE", revokedReason: null, expiresAt: l.expiresAt });
    expect((await audits(l.id)).map((a) => a.action).slice(-2)).toEqual(["licence.suspended", "licence.reinstated"]);
    const kinds = f.mail.filter((m) => m.to === f.buyer.email).map((m) => m.subject.split(": ")[1]);
    expect(kinds).toEqual(["granted", "activated", "suspended", "reinstated"]);
  });

  test("only an active licence can be suspended and only a suspended one reinstated; refusals write nothing", async () => {
    const { f, sales, grant, accept, snapshot } = await setup();
    const pending = await grant();
    let before = await snapshot(pending.id);
    await expect(setSuspended(f.deps, sales, pending.id, true, "x")).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Only an active licence can be suspended.",
    });
    expect(await snapshot(pending.id)).toEqual(before);

    const active = await accept((await grant()).id);
    before = await snapshot(active.id);
    await expect(setSuspended(f.deps, sales, active.id, false, "")).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Only a suspended licence can be reinstated.",
    });
    expect(await snapshot(active.id)).toEqual(before);

    await revokeLicence(f.deps, sales, active.id, "Breach");
    await expect(setSuspended(f.deps, sales, active.id, false, "")).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await f.db.licence.findUniqueOrThrow({ where: { id: active.id } })).status).toBe("REVOKED");
  });
});

describe("activateLicenceForOrder", () => {
  test("inside the payment transaction: the order's cohort, use and term as an ACTIVE licence from now, once", async () => {
    const { f } = await setup();
    const orderId = await invoiceOrder(f);
    const order = await f.db.order.findUniqueOrThrow({ where: { id: orderId } });
    const now = new Date("2026-04-10T08:00:00Z");
    const first = await f.db.$transaction((tx) => activateLicenceForOrder(tx, orderId, now, "lumbar-spine-mri"));
    expect(first.created).toBe(true);
    expect(first.licence).toMatchObject({
      number: "L-000001",
      status: "ACTIVE",
      orderId,
      organizationId: order.organizationId,
      acceptanceId: order.acceptanceId,
      use: order.use,
      studyCount: order.studyCount,
      cohortFilter: order.cohortFilter,
      termMonths: order.termMonths,
      startsAt: now,
      // the default price list's term is 12 months
      expiresAt: new Date("2027-04-10T08:00:00Z"),
    });
    const again = await f.db.$transaction((tx) => activateLicenceForOrder(tx, orderId, now, "lumbar-spine-mri"));
    expect(again).toEqual({ licence: first.licence, created: false });
    expect(await f.db.licence.count({ where: { orderId } })).toBe(1);
  });
});
