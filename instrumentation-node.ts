// Server start (Node runtime): load the catalogue index without delaying start-up; a failure is only logged (the
// first count loads it again).
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { datasetIdOf } from "@/lib/catalogue/cohort-view";
import { catalogueIndex } from "@/lib/catalogue/engine";

void (async () => {
  const id = await datasetIdOf(db, env.DATASET_SLUG);
  if (id) await catalogueIndex(db, id);
})().catch((e: unknown) => console.warn(`catalogue index warm-up failed: ${e instanceof Error ? e.message : e}`));
