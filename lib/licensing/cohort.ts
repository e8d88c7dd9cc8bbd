// The seam with the catalogue: a cohort is a filter plus a catalogue version, resolved to a study count and size.
// Quotes, orders and licences keep that snapshot. A snapshot handed to the browser (the buy link) is signed with the
// app secret, so a buyer cannot change the count the price was computed from.
import crypto from "node:crypto";
import { z } from "zod";
import { AppError } from "../errors/app-error";

export const cohortSnapshotSchema = z.object({
  cohortId: z.string().max(64).nullable().default(null),
  // The catalogue's filter as JSON text (opaque here).
  filter: z
    .string()
    .max(4_000)
    .refine((s) => {
      try {
        JSON.parse(s);
        return true;
      } catch {
        return false;
      }
    }, "the cohort filter must be JSON"),
  label: z.string().trim().min(1).max(200),
  catalogueVersion: z.number().int().min(0),
  studyCount: z.number().int().min(1),
  sizeBytes: z.number().int().min(0),
});
export type CohortSnapshot = z.infer<typeof cohortSnapshotSchema>;

export const encodeCohort = (s: CohortSnapshot) =>
  Buffer.from(JSON.stringify(cohortSnapshotSchema.parse(s))).toString("base64url");

export const signCohort = (encoded: string, secret: string) =>
  crypto.createHmac("sha256", secret).update(`cohort:${encoded}`).digest("hex");

export function verifyCohort(encoded: string, signature: string, secret: string): CohortSnapshot {
  const expected = Buffer.from(signCohort(encoded, secret), "hex");
  const given = Buffer.from(signature, "hex");
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    throw new AppError("VALIDATION", "This cohort link is not valid. Build the cohort again.");
  }
  const parsed = cohortSnapshotSchema.safeParse(JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")));
  if (!parsed.success) throw new AppError("VALIDATION", "This cohort link is not valid. Build the cohort again.");
  return parsed.data;
}

/** The snapshot as the columns quotes, orders and licences share. */
export const cohortColumns = (s: CohortSnapshot) => ({
  cohortId: s.cohortId,
  cohortFilter: s.filter,
  cohortLabel: s.label,
  catalogueVersion: s.catalogueVersion,
  studyCount: s.studyCount,
  sizeBytes: BigInt(s.sizeBytes),
});

export const snapshotOf = (row: {
  cohortId: string | null;
  cohortFilter: string;
  cohortLabel: string;
  catalogueVersion: number;
  studyCount: number;
  sizeBytes: bigint;
}): CohortSnapshot => ({
  cohortId: row.cohortId,
  filter: row.cohortFilter,
  label: row.cohortLabel,
  catalogueVersion: row.catalogueVersion,
  studyCount: row.studyCount,
  sizeBytes: Number(row.sizeBytes),
});
