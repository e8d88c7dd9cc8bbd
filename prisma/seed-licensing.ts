// The demo customer: an organisation with an active licence over a small cohort, so a newcomer can see the customer
// side (account -> licences, certificate, agreement text). Idempotent: a second run finds the licence and stops.
import type { Db } from "../lib/db/create-client";
import { currentAgreement } from "../lib/licensing/agreements";
import { addMonths } from "../lib/licensing/effective-status";
import { licenceNumber, nextSequence } from "../lib/licensing/sequence";
import { upsertUser } from "../lib/users/upsert-user";

export const DEMO_CUSTOMER = {
  email: "customer@localhost",
  name: "Demo Customer",
  organization: "Demo Spine Research Lab",
};

export async function seedDemoCustomer(db: Db, datasetSlug: string, now = new Date()) {
  const { user } = await upsertUser(db, {
    email: DEMO_CUSTOMER.email,
    role: "CUSTOMER",
    name: DEMO_CUSTOMER.name,
    organization: { name: DEMO_CUSTOMER.organization },
  });
  const organizationId = user.organizationId!;
  const existing = await db.licence.findFirst({ where: { organizationId }, select: { number: true } });
  if (existing) return { created: false, number: existing.number };
  const agreement = await currentAgreement(db, "research");
  if (!agreement) throw new Error("seed the licensing defaults first");
  const dataset = await db.dataset.findUnique({ where: { slug: datasetSlug }, select: { id: true } });
  const sample = dataset
    ? await db.study.aggregate({
        where: { datasetId: dataset.id, isSample: true },
        _count: true,
        _sum: { sizeBytes: true },
      })
    : null;
  const number = await db.$transaction(async (tx) => {
    const acceptance = await tx.agreementAcceptance.create({
      data: {
        agreementVersionId: agreement.id,
        version: agreement.version,
        sha256: agreement.sha256,
        userId: user.id,
        userEmail: user.email,
        organizationId,
        ip: "127.0.0.1",
        userAgent: "npm run demo",
        acceptedAt: now,
      },
    });
    const l = await tx.licence.create({
      data: {
        number: licenceNumber(await nextSequence(tx, "licence")),
        organizationId,
        datasetSlug,
        use: "research",
        cohortFilter: JSON.stringify({ sample: true }),
        cohortLabel: "Demo cohort: the public sample studies",
        catalogueVersion: 1,
        studyCount: Math.max(1, sample?._count ?? 1),
        sizeBytes: sample?._sum.sizeBytes ?? 0n,
        acceptanceId: acceptance.id,
        status: "ACTIVE",
        termMonths: 12,
        startsAt: now,
        expiresAt: addMonths(now, 12),
      },
    });
    return l.number;
  });
  return { created: true, number };
}

export const demoCustomerHelp = (appUrl: string) =>
  `Demo customer: ${DEMO_CUSTOMER.email} (${DEMO_CUSTOMER.organization}, with an active licence). Sign in at ${appUrl}/sign-in with that address (the link is on the server log and in the dev mailbox), then open ${appUrl}/account/licences.`;
