// "Request this cohort": the cohort form posts its fields here (a plain HTML form post, so it works without
// JavaScript); the cohort is stored with the catalogue version it was counted on, and the buyer goes on to the
// enquiry form, which shows it. Bad filters go back to the cohort page, which explains them.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createCohort } from "@/lib/catalogue/cohorts";
import { datasetIdOf } from "@/lib/catalogue/cohort-view";
import { filterToParams, parseFilterParams } from "@/lib/catalogue/filter";

export const dynamic = "force-dynamic";

const MAX_BYTES = 16 * 1024;

// Against APP_URL, not req.url: behind a proxy req.url names the instance's own address (http://127.0.0.1:3001),
// which the buyer cannot reach.
function see(path: string) {
  return new Response(null, { status: 303, headers: { location: `${env.APP_URL}${path}` } });
}

export async function POST(req: Request) {
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > MAX_BYTES) return new Response("Request too large", { status: 413 });
  const type = req.headers.get("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) {
    return new Response("Send the cohort form", { status: 415 });
  }
  const form = await req.formData();
  const params = new URLSearchParams();
  for (const [k, v] of form) if (typeof v === "string") params.append(k, v);
  const parsed = parseFilterParams(params);
  if (!parsed.ok) return see(`/cohort?${params}`);
  const datasetId = await datasetIdOf(db, env.DATASET_SLUG);
  if (!datasetId) return see("/cohort");
  const made = await createCohort(db, datasetId, parsed.filter);
  if (!made.ok) return see(`/cohort?${filterToParams(parsed.filter)}`);
  return see(`/enquire?cohort=${encodeURIComponent(made.cohort.id)}`);
}
