// CLI: npm run archives:build -- [--dataset <slug>] [--study <uid>] [--force] [--json]. Builds each study's delivery
// archive (stored zip + SHA256SUMS) into the configured archive storage (ARCHIVE_DIR or the S3 bucket) and records
// its size and SHA-256. Archives that are current are confirmed, not rebuilt. Exit 0 when every study has a current
// archive, 1 when some failed, 2 on bad usage.
import { checkDatasetSlug, loadDotEnv, parseCli } from "./cli/args";
import cliProgress from "cli-progress";

const USAGE = `usage: npm run archives:build -- [--dataset <slug>] [--study <uid>] [--force] [--json]

  --dataset <slug>  only this dataset's studies (default: every dataset)
  --study <uid>     only the study with this Study Instance UID
  --force           rebuild even when the recorded archive is current (the bytes come out identical)
  --json            print the report as one JSON object on the last line of stdout`;

async function main(): Promise<number> {
  const args = parseCli("archives:build", USAGE, {
    dataset: { type: "string" },
    study: { type: "string" },
    force: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  });
  const usage = args.fail;
  const { dataset, study, force, json } = args.values;
  if (dataset !== undefined) checkDatasetSlug(dataset, usage);
  if (study !== undefined && !/^[0-9.]{1,64}$/.test(study))
    usage(`--study must be a DICOM UID (digits and dots), got "${study}"`);

  loadDotEnv();
  const { env } = await import("../lib/env");
  const { createPrismaClient } = await import("../lib/db/create-client");
  const { archiveStorage, s3Client } = await import("../lib/storage/configured");
  const { buildArchives } = await import("../lib/delivery/build-archives");
  const db = createPrismaClient(env.DATABASE_URL);
  const archives = archiveStorage();
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        {
          format: "archives {bar} {percentage}% | {value}/{total} studies | {eta_formatted} left",
          stream: process.stderr,
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  try {
    let started = false;
    const report = await buildArchives(
      { db, archives, s3: s3Client },
      {
        datasetSlug: dataset,
        studyInstanceUid: study,
        force,
        onProgress: ({ done, total, study: uid, status }) => {
          if (!started) bar?.start(total, 0);
          started = true;
          bar?.update(done);
          if (!bar && !json) console.error(`archives: ${done}/${total} ${uid} ${status}`);
        },
      },
    );
    bar?.stop();
    const text = json
      ? `${JSON.stringify({ archives: archives.location, ...report })}\n`
      : [
          `archives in ${archives.location}: ${report.built} built (${(report.bytes / 2 ** 20).toFixed(1)} MiB), ${report.current} already current, ${report.failed.length} failed in ${report.seconds} s`,
          ...report.failed.map((f) => `  failed ${f.study}: ${f.error}`),
          "",
        ].join("\n");
    await new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
    if (report.built + report.current + report.failed.length === 0) console.error("archives:build: no study matched");
    return report.failed.length > 0 ? 1 : 0;
  } finally {
    bar?.stop();
    await db.$disconnect().catch(() => undefined);
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`archives:build: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
