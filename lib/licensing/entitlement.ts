// Entitlement: organisation + study -> the licence that covers it, or none. Delivery calls it on every request.
// One indexed query for the organisation's current licences (a handful), then the catalogue's membership test per
// licence: a cohort is a filter plus a catalogue version, so no per-study rows exist per licence.
import type { Db } from "../db/create-client";

export interface EntitledLicence {
  id: string;
  number: string;
  organizationId: string;
  datasetSlug: string;
  use: string;
  cohortId: string | null;
  cohortFilter: string;
  catalogueVersion: number;
  expiresAt: Date | null;
}

export interface EntitlementDeps {
  /**
   * Whether the study (its Study Instance UID) is in the licence's cohort (filter + catalogue version); bound to the
   * catalogue by lib/delivery/licence-scope's catalogueMembership, which fails closed on a filter it cannot read.
   */
  inCohort: (licence: EntitledLicence, studyInstanceUid: string) => Promise<boolean>;
  now: Date;
}

export async function entitlement(
  db: Db,
  q: { organizationId: string; studyId: string },
  deps: EntitlementDeps,
): Promise<EntitledLicence | null> {
  const licences = await db.licence.findMany({
    where: {
      organizationId: q.organizationId,
      status: "ACTIVE",
      expiresAt: { gt: deps.now },
      startsAt: { lte: deps.now },
    },
    select: {
      id: true,
      number: true,
      organizationId: true,
      datasetSlug: true,
      use: true,
      cohortId: true,
      cohortFilter: true,
      catalogueVersion: true,
      expiresAt: true,
    },
    orderBy: { expiresAt: "desc" },
  });
  for (const l of licences) if (await deps.inCohort(l, q.studyId)) return l;
  return null;
}
