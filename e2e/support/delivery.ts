// Seeding for the delivery specs: an active licence for a customer's organisation on the catalogue's latest version
// (the demo's synthetic studies plus the sample, which has a real archive).
import { row, e2eDb } from "./auth-db";
import { insertLicence } from "./licensing";

export function latestLicence(organizationId: string): { id: string; number: string; version: number } {
  const l = insertLicence(organizationId);
  const version = row<{ v: number }>(`SELECT max(number) AS v FROM "CatalogueVersion"`)!.v;
  e2eDb().prepare(`UPDATE "Licence" SET catalogueVersion = ? WHERE id = ?`).run(version, l.id);
  return { ...l, version };
}

export const sampleArchive = () =>
  row<{ uid: string; sha256: string }>(
    `SELECT studyInstanceUid AS uid, archiveSha256 AS sha256 FROM "Study" WHERE isSample = TRUE AND archiveKey IS NOT NULL LIMIT 1`,
  )!;
