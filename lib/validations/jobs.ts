// Inputs of the desk's job actions and of the jobs page's filters.
import { z } from "zod";
import { JOB_STATES } from "../jobs/types";
import { DATASET_SLUG } from "../rules.mjs";

const datasetSlug = z.string().trim().regex(DATASET_SLUG, "Lowercase letters, digits and dashes").max(100);

export const retryJobSchema = z.object({
  jobId: z
    .string()
    .trim()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, "Not a job id"),
});

export const startImportSchema = z.object({
  source: z
    .string()
    .trim()
    .min(2, "Give the folder's absolute path on the server")
    .max(1000)
    .refine((p) => p.startsWith("/"), "Give an absolute path (starting with /)"),
  datasetSlug: datasetSlug,
  sample: z
    .enum(["on", ""])
    .optional()
    .transform((v) => v === "on"),
});

export const refreshCatalogueSchema = z.object({
  datasetSlug: datasetSlug,
});

/** The page's filter: a state, "retried", or everything. */
export const jobsViewSchema = z.enum([...JOB_STATES, "retried", "all"]).catch("all");

/** The jobs page's cursor, "<createdOn ms>_<job uuid>": where the next page starts. */
export function parseJobsCursor(raw: string | undefined): { createdOn: Date; id: string } | undefined {
  const m = raw?.match(/^(\d{1,15})_([0-9a-f-]{36})$/);
  return m ? { createdOn: new Date(Number(m[1])), id: m[2]! } : undefined;
}

export const formatJobsCursor = (at: { createdOn: Date; id: string }) => `${at.createdOn.getTime()}_${at.id}`;
