// Inputs of the desk's job actions and of the jobs page's filters.
import { z } from "zod";
import { JOB_STATES } from "../jobs/types";

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
  datasetSlug: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]+$/, "Lowercase letters, digits and dashes")
    .max(100),
  sample: z
    .enum(["on", ""])
    .optional()
    .transform((v) => v === "on"),
});

export const refreshCatalogueSchema = z.object({
  datasetSlug: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]+$/, "Lowercase letters, digits and dashes")
    .max(100),
});

/** The page's filter: a state, "retried", or everything. */
export const jobsViewSchema = z.enum([...JOB_STATES, "retried", "all"]).catch("all");
