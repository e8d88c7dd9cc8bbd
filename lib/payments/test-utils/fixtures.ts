// Shared set-up for licensing and payment tests: a scratch database with the default price list and agreements, an
// organisation with a customer, captured mail and an injectable clock.
import { afterEach } from "vitest";
import type { Db } from "../../db/create-client";
import type { OutgoingMail } from "../../email/types";
import { createScratchDb, type ScratchDb } from "../../testing/scratch-db";
import { seedLicensing } from "../../licensing/seed";
import { currentAgreement } from "../../licensing/agreements";
import type { CohortSnapshot } from "../../licensing/cohort";
import { startCheckout, type PaymentDeps } from "../checkout";

export interface Fixture {
  scratch: ScratchDb;
  db: Db;
  mail: OutgoingMail[];
  clock: { now: Date };
  deps: PaymentDeps;
  org: { id: string; name: string };
  buyer: { id: string; email: string; organizationId: string };
  agreement: (use?: string) => Promise<{ id: string; sha256: string }>;
}

export const smallCohort = (studyCount = 120): CohortSnapshot => ({
  cohortId: null,
  filter: JSON.stringify({ conditions: ["Disc herniation"], method: "MRI" }),
  label: "Disc herniation, MRI",
  catalogueVersion: 1,
  studyCount,
  sizeBytes: studyCount * 80_000_000,
});

export async function makeFixture(overrides: Partial<PaymentDeps> = {}): Promise<Fixture> {
  const scratch = await createScratchDb();
  const db = scratch.db;
  await seedLicensing(db);
  const mail: OutgoingMail[] = [];
  const clock = { now: new Date("2026-03-01T10:00:00Z") };
  const org = await db.organization.create({ data: { name: `Org ${Math.random().toString(36).slice(2)}` } });
  const buyer = await db.user.create({ data: { email: `buyer-${org.id}@example.test`, organizationId: org.id } });
  const deps: PaymentDeps = {
    db,
    now: () => clock.now,
    send: async (m) => void mail.push(m),
    appUrl: "http://app.test",
    stripe: null,
    datasetSlug: "lumbar-spine-mri",
    ...overrides,
  };
  return {
    scratch,
    db,
    mail,
    clock,
    deps,
    org,
    buyer: { id: buyer.id, email: buyer.email, organizationId: org.id },
    agreement: async (use = "research") => {
      const a = (await currentAgreement(db, use))!;
      return { id: a.id, sha256: a.sha256 };
    },
  };
}

/** For a file whose tests each make their own fixture: registers the afterEach that removes the one a test made; call
 *  the returned function (with any deps overrides) once in a test. */
export function fixturePerTest(): (overrides?: Partial<PaymentDeps>) => Promise<Fixture> {
  let fx: Fixture | undefined;
  afterEach(async () => {
    await fx?.scratch.cleanup();
    fx = undefined;
  });
  return async (overrides) => (fx = await makeFixture(overrides));
}

export const noBilling = { legalName: null, address: null, vatNumber: null, billingEmail: null };

/** A cohort order in invoice mode by the fixture's buyer, with full billing details; its id. */
export async function invoiceOrder(fx: Fixture): Promise<string> {
  const { orderId } = await startCheckout(fx.deps, {
    user: fx.buyer,
    mode: "invoice",
    agreement: await fx.agreement(),
    billing: { ...noBilling, legalName: "Acme Imaging GmbH", address: "1 Main St", billingEmail: "ap@acme.test" },
    source: { kind: "cohort", cohort: smallCohort(), use: "research" },
  });
  return orderId;
}
