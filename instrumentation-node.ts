// Server start (Node runtime): load the catalogue index without delaying start-up; a failure is only logged (the
// first count loads it again). With the in-process job driver (the embedded default) the server also works the job
// queues, so mail is delivered with nothing else running; with pg-boss, `npm run worker` processes do (JOBS_IN_APP).
// Import jobs are always left to `npm run worker` (lib/jobs/configured-handlers.ts says why).
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { datasetIdOf } from "@/lib/catalogue/cohort-view";
import { catalogueIndex } from "@/lib/catalogue/engine";
import { appQueue } from "@/lib/jobs/app-queue";
import { jobsInApp } from "@/lib/jobs/configured";
import { startWorker } from "@/lib/jobs/start-worker";

void (async () => {
  const id = await datasetIdOf(db, env.DATASET_SLUG);
  if (id) await catalogueIndex(db, id);
})().catch((e: unknown) => console.warn(`catalogue index warm-up failed: ${e instanceof Error ? e.message : e}`));

if (jobsInApp(env)) {
  void startWorker(appQueue(), db, env).catch((e: unknown) =>
    console.warn(`job queue failed to start: ${e instanceof Error ? e.message : e}`),
  );
}
