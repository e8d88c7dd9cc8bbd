// Test helper: a licence row with just what a test cares about (number, organisation, and any column to override);
// the rest is a one-study research licence over the whole catalogue, status PENDING unless overridden.
import type { Db } from "../../db/create-client";

type LicenceData = Parameters<Db["licence"]["create"]>[0]["data"];

export async function createTestLicence(
  db: Db,
  organizationId: string,
  number: string,
  extra: Partial<LicenceData> = {},
): Promise<string> {
  const row = await db.licence.create({
    data: {
      number,
      organizationId,
      datasetSlug: "lumbar-spine-mri",
      use: "research",
      cohortFilter: "{}",
      cohortLabel: "All",
      catalogueVersion: 1,
      studyCount: 1,
      sizeBytes: 1n,
      termMonths: 12,
      ...extra,
    },
  });
  return row.id;
}
