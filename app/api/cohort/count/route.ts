// Public cohort count for the cohort page's live updates: GET with the page's URL parameters. 400 with the problems
// for bad or unknown filter values; never a 500 for user input.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { countCohort, datasetIdCached } from "@/lib/catalogue/engine";
import { parseFilterParams } from "@/lib/catalogue/filter";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const parsed = parseFilterParams(new URL(req.url).searchParams);
  if (!parsed.ok) return Response.json({ problems: parsed.problems }, { status: 400 });
  // No database read for a repeated count: the id and the latest version number are re-read at most once a second,
  // and equal filters on the same catalogue index are answered from memory (lib/catalogue/count-memo.ts).
  const datasetId = await datasetIdCached(db, env.DATASET_SLUG);
  if (!datasetId)
    return Response.json({ problems: [{ param: "filter", message: "the catalogue is empty" }] }, { status: 404 });
  const r = await countCohort(db, datasetId, parsed.filter);
  if (!r.ok) return Response.json({ problems: r.problems }, { status: 400 });
  return Response.json(
    { studies: r.studies, sizeBytes: r.sizeBytes, version: r.version },
    // Not user-specific and a second stale at most anyway (VERSION_CHECK_MS): nginx may share it for a second
    // (X-Accel-Expires, README "Production deployment"); browsers keep nothing.
    { headers: { "cache-control": "no-store", "x-accel-expires": "1" } },
  );
}
