// CLI: npm run import -- <folder> [--dataset <slug>] [--sample] [--json] [--queue]. Imports a folder in the vendor's
// layout (or any folder of DICOM files) into the catalogue, here in the foreground, or (--queue) as a background job
// that a worker runs and retries if it is killed. Exit 0 when the import ran (rejections included), 1 when it could
// not run, 2 on bad usage, 130 when interrupted (re-running finishes the job).
import fs from "node:fs";
import { currentUser } from "./cli/current-user";
import { checkDatasetSlug, loadDotEnv, parseCli, runMain } from "./cli/args";
import cliProgress from "cli-progress";
import { formatReport } from "./import-report";

const USAGE = `usage: npm run import -- <folder> [--dataset <slug>] [--sample] [--archives] [--json] [--workers N] [--queue]

Imports DICOM studies from <folder>: the vendor's layout (DICOMDIR, ST*/SE*/IM* files with or without .dcm, .jpg
renderings, the PDF report, the conditions CSV) or any folder of DICOM files. Files stay where they are (STORAGE_DRIVER=local) or are copied into S3_BUCKET (s3).
  --dataset <slug>  dataset to import into (default: DATASET_SLUG, "lumbar-spine-mri")
  --sample          mark the studies as the public preview; a study is published only when no file carries
                    identifying attributes (the others are imported unpublished and listed)
  --archives        also build each imported study's delivery archive (as npm run archives:build does)
  --json            print the report as one JSON object on the last line of stdout
  --workers N       threads that read, hash and parse files (default: one per core, at most 4; 0 = none)
  --queue           queue the import as a job and exit (a worker - npm run worker, or the server in the embedded
                    default - runs it; a killed worker's job is retried and ends as an uninterrupted run); prints
                    the job id. Watch it at /desk/admin/jobs`;

async function main(): Promise<number> {
  const args = parseCli(
    "import",
    USAGE,
    {
      dataset: { type: "string" },
      sample: { type: "boolean", default: false },
      archives: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      workers: { type: "string" },
      queue: { type: "boolean", default: false },
    },
    true,
  );
  const usage = args.fail;
  if (args.positionals.length !== 1) usage(args.positionals.length ? "one folder at a time" : "missing <folder>");
  const workers = args.values.workers === undefined ? undefined : Number(args.values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 64))
    usage("--workers must be 0..64");

  // The app reads .env through Next.js; the CLI reads the same file so both use the same database.
  loadDotEnv();
  const { env } = await import("../lib/env");
  const { createPrismaClient } = await import("../lib/db/create-client");
  const { importFolder, ImportAbortedError, ImportSourceError, describeDbError, tuneForImport } =
    await import("../lib/importer");
  const { archiveStorage, importLocation, s3Client } = await import("../lib/storage/configured");
  const { openStorage } = await import("../lib/storage");
  const { buildArchives } = await import("../lib/delivery/build-archives");
  const { storefrontChanged } = await import("../lib/storefront/notify-configured");
  const slug = checkDatasetSlug(args.values.dataset ?? env.DATASET_SLUG, usage);

  const db = createPrismaClient(env.DATABASE_URL);
  if (args.values.queue)
    return queueImport(db, env, {
      source: args.positionals[0]!,
      datasetSlug: slug,
      sample: args.values.sample,
      archives: args.values.archives,
    });
  const abort = new AbortController();
  process.once("SIGINT", () => abort.abort());
  process.once("SIGTERM", () => abort.abort());
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        {
          format: "import {bar} {percentage}% | {value}/{total} files | {eta_formatted} left",
          stream: process.stderr,
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  try {
    await tuneForImport(db, env.DATABASE_URL);
    let started = false;
    const report = await importFolder(db, args.positionals[0]!, {
      datasetSlug: slug,
      sample: args.values.sample,
      workers,
      signal: abort.signal,
      importedBy: `cli:${currentUser()}`,
      // S3: each study's files go under <prefix>/studies/<dataset>/<Study Instance UID>/ in the bucket.
      destination: env.STORAGE_DRIVER === "s3" ? (uid) => openStorage(importLocation(slug, uid)!, s3Client) : undefined,
      afterImport: args.values.archives
        ? async (studyIds) => {
            const r = await buildArchives({ db, archives: archiveStorage(), s3: s3Client }, { studyIds });
            if (r.failed.length > 0)
              throw new Error(`archives failed: ${r.failed.map((f) => `${f.study}: ${f.error}`).join("; ")}`);
            console.error(`import: archives ${r.built} built, ${r.current} current`);
          }
        : undefined,
      onProgress: ({ done, total }) => {
        if (!started) bar?.start(total, 0);
        started = true;
        bar?.update(done);
      },
    });
    bar?.stop();
    // The running web instances serve the storefront from their cache: ask them to render it again.
    await storefrontChanged(env, (l) => console.error(`import: ${l}`));
    // process.exit() drops what a pipe has not taken yet: wait until stdout has the whole report.
    const text = args.values.json ? `${JSON.stringify(report)}\n` : formatReport(report);
    await new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
    return 0;
  } catch (e) {
    bar?.stop();
    if (e instanceof ImportAbortedError) {
      console.error(`import: interrupted: ${e.message}`);
      return 130;
    }
    if (e instanceof ImportSourceError) {
      console.error(`import: ${e.message}`);
      return 1;
    }
    const known = describeDbError(e);
    console.error(`import: ${known ?? (e instanceof Error ? (e.stack ?? e.message) : String(e))}`);
    return 1;
  } finally {
    await db.$disconnect().catch(() => undefined);
  }
}

async function queueImport(
  db: import("../lib/db/create-client").Db,
  env: import("../lib/env").Env,
  data: { source: string; datasetSlug: string; sample: boolean; archives: boolean },
): Promise<number> {
  const path = await import("node:path");
  const { createConfiguredQueue } = await import("../lib/jobs/configured");
  const { QUEUES } = await import("../lib/jobs/queues");
  const source = path.resolve(data.source);
  if (!fs.statSync(source, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`import: no folder at ${source}`);
    return 1;
  }
  const queue = createConfiguredQueue(db, env);
  try {
    const id = await queue.send(QUEUES.importFolder, { ...data, source, requestedBy: `cli:${currentUser()}` });
    console.log(`import: queued as job ${id} (${queue.driver})`);
    return 0;
  } finally {
    await queue.stop();
    await db.$disconnect().catch(() => undefined);
  }
}

runMain(main);
