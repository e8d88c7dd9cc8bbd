// Invoice mode, quotes, agreements, the licence lifecycle and entitlement on a scratch database (SQLite, or
// PostgreSQL with TEST_DATABASE_URL). Membership in a cohort is a trivial in-test function over a few Study rows.
import { afterEach, describe, expect, test } from "vitest";
import { PDFDocument } from "pdf-lib";
import { startCheckout } from "../payments/checkout";
import { closeOrder, markOrderPaid } from "../payments/invoice";
import { makeFixture, noBilling, smallCohort, type Fixture } from "../payments/test-utils/fixtures";
import { publishAgreement, sha256Hex } from "./agreements";
import { encodeCohort, signCohort, verifyCohort } from "./cohort";
import { certificateDownload, invoiceDownload, acceptedTextDownload } from "./documents";
import { entitlement, type EntitledLicence } from "./entitlement";
import { acceptGrantedLicence, extendLicence, grantLicence, revokeLicence, setSuspended } from "./licences";
import { createQuote, effectiveQuoteStatus, withdrawQuote } from "./quotes";
import { seedDemoCustomer } from "../../prisma/seed-licensing";

let fx: Fixture | undefined;
afterEach(async () => {
  await fx?.scratch.cleanup();
  fx = undefined;
});

const staff = async (f: Fixture) => {
  const u = await f.db.user.create({ data: { email: `sales-${Math.random()}@example.test`, role: "SALES" } });
  return { id: u.id, email: u.email, name: null };
};
const billing = {
  legalName: "Acme Imaging GmbH",
  address: "1 Main St\nBerlin",
  vatNumber: "DE123",
  billingEmail: "ap@acme.test",
};

async function invoiceOrder(f: Fixture, studyCount = 120) {
  return startCheckout(f.deps, {
    user: f.buyer,
    mode: "invoice",
    agreement: await f.agreement(),
    billing,
    ip: "198.51.100.4",
    userAgent: "test-agent",
    source: { kind: "cohort", cohort: smallCohort(studyCount), use: "research" },
  });
}

/** Studies in the test catalogue, and a membership test over them: cohort filter {"studyIds": [...]}. */
async function studies(f: Fixture, n: number) {
  const ds = await f.db.dataset.create({ data: { slug: `ds-${Math.random().toString(36).slice(2)}`, title: "T" } });
  const ids: string[] = [];
  for (let i = 0; i < n; i++)
    ids.push(
      (await f.db.study.create({ data: { datasetId: ds.id, studyInstanceUid: `1.2.${i}`, storageRoot: "/x" } })).id,
    );
  return ids;
}
const inCohort = async (l: EntitledLicence, studyId: string) =>
  (JSON.parse(l.cohortFilter) as { studyIds?: string[] }).studyIds?.includes(studyId) ?? false;

describe("invoice mode", () => {
  test("a pending order with a sequential invoice, emailed as a PDF; sales marks it paid and the licence starts", async () => {
    fx = await makeFixture();
    const a = await invoiceOrder(fx);
    const b = await invoiceOrder(fx);
    const [oa, ob] = await Promise.all([
      fx.db.order.findUniqueOrThrow({ where: { id: a.orderId } }),
      fx.db.order.findUniqueOrThrow({ where: { id: b.orderId } }),
    ]);
    expect([oa.invoiceNumber, ob.invoiceNumber]).toEqual([1, 2]);
    expect(oa).toMatchObject({ status: "PENDING", mode: "INVOICE", amountMinor: 50_000n }); // 120 x 4.00 < minimum 500.00
    expect(JSON.parse(oa.billing!)).toMatchObject({ legalName: "Acme Imaging GmbH", vatNumber: "DE123" });
    const mail = fx.mail.filter((m) => m.subject === "Invoice INV-000001");
    expect(mail.map((m) => m.to).sort()).toEqual(["ap@acme.test", fx.buyer.email].sort());
    const pdf = await PDFDocument.load(mail[0]!.attachments![0]!.content);
    expect(pdf.getTitle()).toBe("Invoice INV-000001");
    expect(await fx.db.licence.count()).toBe(0);

    const sales = await staff(fx);
    await markOrderPaid(fx.deps, sales, a.orderId, "BANK-REF-42");
    const l = await fx.db.licence.findUniqueOrThrow({ where: { orderId: a.orderId } });
    expect(l).toMatchObject({
      status: "ACTIVE",
      organizationId: fx.org.id,
      studyCount: 120,
      startsAt: fx.clock.now,
      acceptanceId: oa.acceptanceId,
    });
    expect(l.expiresAt!.toISOString()).toBe("2027-03-01T10:00:00.000Z");
    await expect(markOrderPaid(fx.deps, sales, a.orderId, "again")).rejects.toThrow(/already paid/);
    expect(await fx.db.auditEvent.count({ where: { action: "order.marked_paid", targetId: a.orderId } })).toBe(1);

    // a refund recorded by sales revokes the licence
    await closeOrder(fx.deps, sales, a.orderId, "Customer withdrew");
    expect((await fx.db.licence.findUniqueOrThrow({ where: { id: l.id } })).status).toBe("REVOKED");
  });

  test("a rolled-back order gives its invoice number back", async () => {
    fx = await makeFixture();
    await expect(
      startCheckout(fx.deps, {
        user: fx.buyer,
        mode: "invoice",
        agreement: { id: (await fx.agreement()).id, sha256: "0".repeat(64) },
        billing,
        source: { kind: "cohort", cohort: smallCohort(), use: "research" },
      }),
    ).rejects.toThrow(/changed/);
    const ok = await invoiceOrder(fx);
    expect((await fx.db.order.findUniqueOrThrow({ where: { id: ok.orderId } })).invoiceNumber).toBe(1);
    expect(await fx.db.agreementAcceptance.count()).toBe(1);
  });

  test("card is refused without Stripe, invoices need billing details, self-serve stops at the limit", async () => {
    fx = await makeFixture();
    const base = {
      user: fx.buyer,
      agreement: await fx.agreement(),
      source: { kind: "cohort" as const, cohort: smallCohort(), use: "research" as const },
    };
    await expect(startCheckout(fx.deps, { ...base, mode: "card", billing })).rejects.toMatchObject({
      fieldErrors: { mode: [expect.any(String)] },
    });
    await expect(startCheckout(fx.deps, { ...base, mode: "invoice", billing: noBilling })).rejects.toMatchObject({
      fieldErrors: { legalName: [expect.any(String)] },
    });
    await expect(
      startCheckout(fx.deps, {
        ...base,
        mode: "invoice",
        billing,
        source: { ...base.source, cohort: smallCohort(5_001) },
      }),
    ).rejects.toThrow(/quote/);
    expect(await fx.db.order.count()).toBe(0);
  });
});

describe("agreements", () => {
  test("published versions are identified by number and hash; acceptance keeps who, where and the exact text", async () => {
    fx = await makeFixture();
    const v2 = await publishAgreement(fx.db, null, {
      use: "research",
      title: "Research v2",
      text: "New research terms, version two.\r\nSecond line.",
    });
    expect(v2.version).toBe(2);
    expect(v2.sha256).toBe(sha256Hex("New research terms, version two.\nSecond line.\n"));
    await expect(publishAgreement(fx.db, null, { use: "research", title: "again", text: v2.text })).rejects.toThrow(
      /already published/,
    );
    // accepting the superseded version is refused
    const v1 = await fx.db.agreementVersion.findFirstOrThrow({ where: { use: "research", version: 1 } });
    await expect(
      startCheckout(fx.deps, {
        user: fx.buyer,
        mode: "invoice",
        agreement: { id: v1.id, sha256: v1.sha256 },
        billing,
        source: { kind: "cohort", cohort: smallCohort(), use: "research" },
      }),
    ).rejects.toThrow(/newer/);
    const { orderId } = await invoiceOrder(fx);
    const o = await fx.db.order.findUniqueOrThrow({ where: { id: orderId }, include: { acceptance: true } });
    expect(o.acceptance).toMatchObject({
      version: 2,
      sha256: v2.sha256,
      userId: fx.buyer.id,
      userEmail: fx.buyer.email,
      organizationId: fx.org.id,
      ip: "198.51.100.4",
      userAgent: "test-agent",
    });
    const text = await acceptedTextDownload(fx.db, { role: "CUSTOMER", organizationId: fx.org.id }, o.acceptanceId);
    expect(sha256Hex(text.body as string)).toBe(o.acceptance.sha256);
    // another organisation cannot read it
    await expect(
      acceptedTextDownload(fx.db, { role: "CUSTOMER", organizationId: "other" }, o.acceptanceId),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("licences and entitlement", () => {
  test("granted -> pending until accepted; extend, suspend, reinstate, revoke; entitlement follows at once", async () => {
    fx = await makeFixture();
    const ids = await studies(fx, 4);
    const sales = await staff(fx);
    const cohort = { ...smallCohort(2), filter: JSON.stringify({ studyIds: ids.slice(0, 2) }) };
    const l = await grantLicence(fx.deps, sales, {
      organizationId: fx.org.id,
      use: "commercial",
      cohort,
      termMonths: 6,
      reason: "Signed on paper",
      datasetSlug: "lumbar-spine-mri",
    });
    const ent = (studyId: string, organizationId = fx!.org.id) =>
      entitlement(fx!.db, { organizationId, studyId }, { inCohort, now: fx!.clock.now });
    expect(l.status).toBe("PENDING");
    expect(await ent(ids[0]!)).toBeNull();
    expect(fx.mail.some((m) => m.to === fx!.buyer.email && m.subject.includes("granted"))).toBe(true);

    const ag = await fx.agreement("commercial");
    await acceptGrantedLicence(fx.deps, fx.buyer, {
      licenceId: l.id,
      agreementVersionId: ag.id,
      sha256: ag.sha256,
      ip: "192.0.2.1",
      userAgent: "ua",
    });
    expect((await ent(ids[0]!))?.id).toBe(l.id);
    expect(await ent(ids[3]!)).toBeNull(); // not in the cohort
    const other = await fx.db.organization.create({ data: { name: "Other" } });
    expect(await ent(ids[0]!, other.id)).toBeNull(); // another organisation

    await setSuspended(fx.deps, sales, l.id, true, "Audit");
    expect(await ent(ids[0]!)).toBeNull();
    await setSuspended(fx.deps, sales, l.id, false, "");
    expect((await ent(ids[0]!))?.id).toBe(l.id);

    const ext = await extendLicence(fx.deps, sales, l.id, 3);
    expect(ext.expiresAt!.toISOString()).toBe("2026-12-01T10:00:00.000Z");
    fx.clock.now = new Date("2026-12-01T10:00:00Z");
    expect(await ent(ids[0]!)).toBeNull(); // expired
    fx.clock.now = new Date("2026-11-30T10:00:00Z");
    expect((await ent(ids[0]!))?.id).toBe(l.id);

    await revokeLicence(fx.deps, sales, l.id, "Breach of clause 2");
    expect(await ent(ids[0]!)).toBeNull();
    const kinds = fx.mail.filter((m) => m.to === fx!.buyer.email).map((m) => m.subject.split(": ")[1]);
    expect(kinds).toEqual(["granted", "activated", "suspended", "reinstated", "extended", "revoked"]);
    const cert = await certificateDownload(fx.db, { role: "CUSTOMER", organizationId: fx.org.id }, l.id, fx.clock.now);
    expect((await PDFDocument.load(cert.body as Uint8Array)).getTitle()).toBe(`Licence ${l.number}`);
    await expect(
      certificateDownload(fx.db, { role: "CUSTOMER", organizationId: other.id }, l.id, fx.clock.now),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("another organisation's member cannot accept a granted licence", async () => {
    fx = await makeFixture();
    const sales = await staff(fx);
    const l = await grantLicence(fx.deps, sales, {
      organizationId: fx.org.id,
      use: "research",
      cohort: smallCohort(),
      termMonths: 12,
      reason: "x",
      datasetSlug: "d",
    });
    const other = await fx.db.organization.create({ data: { name: "Intruder" } });
    const ag = await fx.agreement();
    await expect(
      acceptGrantedLicence(
        fx.deps,
        { id: "u", email: "i@x", organizationId: other.id },
        { licenceId: l.id, agreementVersionId: ag.id, sha256: ag.sha256 },
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await fx.db.licence.findUniqueOrThrow({ where: { id: l.id } })).status).toBe("PENDING");
  });
});

describe("quotes", () => {
  test("numbered, discounted with a reason, on the enquiry timeline; the buyer pays it by invoice; expiry and withdrawal", async () => {
    fx = await makeFixture();
    const sales = await staff(fx);
    const enquiry = await fx.db.enquiry.create({
      data: {
        name: "B",
        email: "new-buyer@acme.test",
        organization: "Acme",
        country: "DE",
        jobRole: "r",
        intendedUse: "research",
        conditions: "[]",
        timeline: "asap",
        message: "",
        consent: true,
      },
    });
    const input = {
      enquiryId: enquiry.id,
      organizationId: null,
      newOrganization: "Acme Research",
      contactEmail: "New-Buyer@acme.test",
      contactName: "B",
      use: "research" as const,
      cohort: smallCohort(20_000),
      unitPriceMinor: null,
      discountMinor: 100_000,
      discountReason: "Academic partner",
      validDays: 30,
    };
    await expect(createQuote(fx.deps, sales, { ...input, discountReason: null })).rejects.toMatchObject({
      fieldErrors: { discountReason: [expect.any(String)] },
    });
    const q1 = await createQuote(fx.deps, sales, input);
    const q2 = await createQuote(fx.deps, sales, { ...input, discountMinor: 0, discountReason: null });
    expect([q1.number, q2.number]).toEqual(["Q-2026-0001", "Q-2026-0002"]);
    // 1,000 x 4.00 + 9,000 x 2.50 + 10,000 x 1.20 = 38,500.00; minus 1,000.00
    expect(q1).toMatchObject({ subtotalMinor: 3_850_000n, discountMinor: 100_000n, totalMinor: 3_750_000n });
    expect(fx.mail.find((m) => m.to === "new-buyer@acme.test")!.text).toContain(`/account/quotes/${q1.id}`);
    const events = await fx.db.enquiryEvent.findMany({ where: { enquiryId: enquiry.id, type: "quote" } });
    expect(events).toHaveLength(2);
    expect((await fx.db.enquiry.findUniqueOrThrow({ where: { id: enquiry.id } })).status).toBe("QUOTED");

    const buyer = await fx.db.user.findUniqueOrThrow({ where: { email: "new-buyer@acme.test" } });
    expect(buyer.organizationId).toBe(q1.organizationId);
    // above the self-serve limit, but a quote may be bought
    const { orderId } = await startCheckout(fx.deps, {
      user: { id: buyer.id, email: buyer.email, organizationId: buyer.organizationId },
      mode: "invoice",
      agreement: await fx.agreement(),
      billing,
      source: { kind: "quote", quoteId: q1.id },
    });
    expect(await fx.db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({
      amountMinor: 3_750_000n,
      quoteId: q1.id,
      studyCount: 20_000,
    });
    // the first customer organisation cannot use it
    await expect(
      startCheckout(fx.deps, {
        user: fx.buyer,
        mode: "invoice",
        agreement: await fx.agreement(),
        billing,
        source: { kind: "quote", quoteId: q2.id },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    await withdrawQuote(fx.deps, sales, q2.id, "Superseded");
    await expect(
      startCheckout(fx.deps, {
        user: { id: buyer.id, email: buyer.email, organizationId: buyer.organizationId },
        mode: "invoice",
        agreement: await fx.agreement(),
        billing,
        source: { kind: "quote", quoteId: q2.id },
      }),
    ).rejects.toThrow(/withdrawn/);
    expect(
      effectiveQuoteStatus({ status: "SENT", validUntil: q1.validUntil }, new Date(q1.validUntil.getTime() + 1)),
    ).toBe("EXPIRED");
    await markOrderPaid(fx.deps, sales, orderId, "REF-1");
    expect((await fx.db.enquiry.findUniqueOrThrow({ where: { id: enquiry.id } })).status).toBe("WON");
    const timeline = (
      await fx.db.enquiryEvent.findMany({
        where: { enquiryId: enquiry.id, type: "quote" },
        orderBy: { createdAt: "asc" },
      })
    ).map((e) => e.body);
    expect(timeline.at(-1)).toMatch(/^Quote Q-2026-0001 paid; licence L-\d+ started\.$/);
    expect(timeline.some((b) => b?.startsWith("Quote accepted; order placed (invoice)"))).toBe(true);
    const inv = await invoiceDownload(fx.db, { role: "CUSTOMER", organizationId: buyer.organizationId }, orderId);
    expect(inv.filename).toBe("INV-000001.pdf");
  });
});

describe("cohort links", () => {
  test("a signed snapshot verifies; any change to it or the signature is refused", () => {
    const c = encodeCohort(smallCohort(10));
    const sig = signCohort(c, "secret-one-that-is-long-enough-123");
    expect(verifyCohort(c, sig, "secret-one-that-is-long-enough-123").studyCount).toBe(10);
    const tampered = encodeCohort(smallCohort(1));
    expect(() => verifyCohort(tampered, sig, "secret-one-that-is-long-enough-123")).toThrow(/not valid/);
    expect(() => verifyCohort(c, sig, "another-secret-xxxxxxxxxxxxxxxxxxxxxx")).toThrow(/not valid/);
    expect(() => verifyCohort(c, "ab", "secret-one-that-is-long-enough-123")).toThrow(/not valid/);
  });
});

describe("demo seed", () => {
  test("a demo customer organisation with an active licence, once however often it runs", async () => {
    fx = await makeFixture();
    const first = await seedDemoCustomer(fx.db, "lumbar-spine-mri", fx.clock.now);
    const again = await seedDemoCustomer(fx.db, "lumbar-spine-mri", fx.clock.now);
    expect(first.created).toBe(true);
    expect(again).toEqual({ created: false, number: first.number });
    const user = await fx.db.user.findUniqueOrThrow({ where: { email: "customer@localhost" } });
    const l = await fx.db.licence.findFirstOrThrow({
      where: { organizationId: user.organizationId! },
      include: { acceptance: true },
    });
    expect(l).toMatchObject({ status: "ACTIVE", acceptance: { userId: user.id, version: 1 } });
    expect(
      await entitlement(
        fx.db,
        { organizationId: user.organizationId!, studyId: "any" },
        { inCohort: async () => true, now: fx.clock.now },
      ),
    ).toMatchObject({ id: l.id });
  });
});
