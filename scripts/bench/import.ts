// `npm run bench:import -- <dir> [--rounds N] [--workers N]`: imports <dir> into a fresh scratch database (SQLite, or
// PostgreSQL when TEST_DATABASE_URL is a postgresql:// URL) and times `sha256sum` over the same files in the same run,
// so the ratio means something on a busy machine. Bar: import / sha256sum <= 2.0 on a pack of at least 1 GiB.
// Last line: one JSON object with both wall times and their ratio (medians over the rounds).
import { execFileSync } from "node:child_process";
import { open } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { importFolder, tuneForImport } from "../../lib/importer";
import { planSources } from "../../lib/importer/plan-sources";
import { pickStatisticsFiles } from "../../lib/importer/load-statistics";
import { walkTree } from "../../lib/importer/walk-tree";
import { createScratchDb } from "../../lib/testing/scratch-db";

const BAR = 2.0;
const ARGS_PER_CALL = 500;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** The files the importer reads: DICOM candidates, DICOMDIRs and the statistics CSV (it only pairs JPGs by name). */
async function filesRead(dir: string): Promise<{ root: string; files: string[] }> {
  const tree = await walkTree(dir);
  const plan = await planSources(tree);
  const rels = [...plan.order, ...tree.byKind.dicomdir, ...pickStatisticsFiles(tree.byKind.csv)];
  return { root: tree.root, files: rels.map((r) => path.join(tree.root, r)) };
}

/** Reads every file once so both contenders start from the page cache. Returns the total size. */
async function warm(files: string[]): Promise<number> {
  let bytes = 0;
  const buf = Buffer.alloc(1 << 20);
  for (const f of files) {
    const fh = await open(f, "r");
    for (let n; (n = (await fh.read(buf, 0, buf.length)).bytesRead) > 0;) bytes += n;
    await fh.close();
  }
  return bytes;
}

function timeSha256sum(files: string[]): number {
  const started = performance.now();
  for (let i = 0; i < files.length; i += ARGS_PER_CALL) {
    execFileSync("sha256sum", ["--", ...files.slice(i, i + ARGS_PER_CALL)], {
      stdio: ["ignore", "ignore", "inherit"],
      maxBuffer: 1 << 28,
    });
  }
  return (performance.now() - started) / 1000;
}

async function timeImport(dir: string, workers: number | undefined) {
  const scratch = await createScratchDb();
  try {
    await tuneForImport(scratch.db, scratch.url);
    const started = performance.now();
    const report = await importFolder(scratch.db, dir, { datasetSlug: "bench", workers });
    return { seconds: (performance.now() - started) / 1000, report };
  } finally {
    await scratch.cleanup();
  }
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { rounds: { type: "string", default: "1" }, workers: { type: "string" } },
  });
  const dir = positionals[0];
  const rounds = Number(values.rounds);
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (!dir || !(rounds >= 1)) throw new Error("usage: npm run bench:import -- <dir> [--rounds N] [--workers N]");

  const { files } = await filesRead(dir);
  const bytes = await warm(files);
  const database = /^postgres/.test(process.env.TEST_DATABASE_URL ?? "") ? "postgresql" : "sqlite";
  console.log(
    `bench:import ${dir}: ${files.length} files, ${(bytes / 1048576).toFixed(1)} MiB read by the importer; database ${database}`,
  );
  const shaTimes: number[] = [];
  const importTimes: number[] = [];
  let last: Awaited<ReturnType<typeof timeImport>>["report"] | undefined;
  for (let r = 1; r <= rounds; r++) {
    shaTimes.push(timeSha256sum(files));
    const imported = await timeImport(dir, workers);
    importTimes.push(imported.seconds);
    last = imported.report;
    console.log(
      `  round ${r}: sha256sum ${shaTimes.at(-1)!.toFixed(2)} s, import ${imported.seconds.toFixed(2)} s (${last.instances} instances, ${last.rejected.length} rejected)`,
    );
  }
  const sha256sumSeconds = median(shaTimes);
  const importSeconds = median(importTimes);
  const ratio = importSeconds / sha256sumSeconds;
  console.log(
    `  import / sha256sum = ${ratio.toFixed(2)} (bar <= ${BAR}${bytes >= 2 ** 30 ? "" : "; the bar applies to packs of at least 1 GiB"})`,
  );
  console.log(
    JSON.stringify({
      dir: path.resolve(dir),
      files: files.length,
      bytes,
      database,
      rounds,
      studies: last?.studies,
      instances: last?.instances,
      rejected: last?.rejected.length,
      importSeconds: round3(importSeconds),
      sha256sumSeconds: round3(sha256sumSeconds),
      ratio: round3(ratio),
      pass: ratio <= BAR,
    }),
  );
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(`bench:import: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
