// CLI: npm run labels:import -- <file.csv> [--dataset <slug>] [--json]. Imports the per-study labels table into the
// catalogue as a new catalogue version. Problems print as <file>:<line>:<column>: <message> (exit 1, nothing
// changed); bad usage exits 2. The same file again changes nothing.
import fs from "node:fs";
import { currentUser } from "./cli/current-user";
import path from "node:path";
import { checkDatasetSlug, loadDotEnv, parseCli, runMain } from "./cli/args";
import { progressBar } from "./catalogue/progress";

const USAGE = `usage: npm run labels:import -- <file.csv> [--dataset <slug>] [--by <who>] [--json]

Imports per-study labels keyed by StudyInstanceUID (columns: see README, "The study catalogue and cohorts"). Rows that are new or whose
labels changed become a new catalogue version; studies not in the file are kept.
  --dataset <slug>  dataset to import into (default: DATASET_SLUG, "lumbar-spine-mri")
  --by <who>        recorded as the importer (default: cli:<user>)
  --json            print the result as one JSON object on the last line`;

async function main(): Promise<number> {
  const args = parseCli(
    "labels:import",
    USAGE,
    { dataset: { type: "string" }, by: { type: "string" }, json: { type: "boolean", default: false } },
    true,
  );
  if (args.positionals.length !== 1) args.fail(args.positionals.length ? "one file at a time" : "missing <file.csv>");
  const file = args.positionals[0]!;
  loadDotEnv();
  const { env } = await import("../lib/env");
  const slug = checkDatasetSlug(args.values.dataset ?? env.DATASET_SLUG, args.fail);
  try {
    fs.accessSync(file, fs.constants.R_OK);
  } catch (e) {
    console.error(`${file}: cannot read: ${(e as Error).message}`);
    return 1;
  }
  const json = args.values.json;
  const [{ createPrismaClient }, { importLabels }, { CsvImportError }, { storefrontChanged }] = await Promise.all([
    import("../lib/db/create-client"),
    import("../lib/catalogue/import-labels"),
    import("../lib/dataset/csv"),
    import("../lib/storefront/notify-configured"),
  ]);
  const db = createPrismaClient(env.DATABASE_URL);
  const bar = progressBar("labels:import", "studies");
  try {
    const r = await importLabels(db, {
      datasetSlug: slug,
      fileName: path.basename(file),
      open: () => fs.createReadStream(file, { highWaterMark: 1 << 20 }),
      actor: null,
      importedBy: args.values.by ?? `cli:${currentUser()}`,
      onProgress: (d, t) => bar.update(d, t),
    });
    bar.stop();
    // A new catalogue version changes the storefront's figures: the web instances render their cached pages again.
    if (r.version !== null) await storefrontChanged(env, (l) => console.error(`labels:import: ${l}`));
    const out = {
      ok: true,
      file,
      rows: r.rows,
      added: r.added,
      changed: r.changed,
      unchanged: r.unchanged,
      version: r.latestVersion,
      newVersion: r.version !== null,
    };
    if (!json) {
      console.log(
        `Imported ${file} into dataset "${slug}": ${r.rows} rows, ${r.added} added, ${r.changed} changed, ${r.unchanged} unchanged`,
      );
      console.log(
        r.version
          ? `  catalogue version ${r.version.number}: ${r.version.studies.toLocaleString("en-US")} studies`
          : `  nothing changed; catalogue version stays ${r.latestVersion}`,
      );
    } else console.log(JSON.stringify(out));
    return 0;
  } catch (e) {
    bar.stop();
    if (e instanceof CsvImportError) {
      for (const line of e.format(file)) console.error(line);
      console.error(`labels:import: ${file} refused (${e.problems.length} problem(s)); nothing was imported`);
      if (json) console.log(JSON.stringify({ ok: false, file, problems: e.problems }));
      return 1;
    }
    const code = (e as { code?: unknown }).code;
    const message = (e as Error).message.trim();
    console.error(
      code === "P2021" || code === "P2022"
        ? `labels:import: the database is not migrated: ${message.split("\n").at(-1)}`
        : `labels:import: ${message}`,
    );
    if (json) console.log(JSON.stringify({ ok: false, file, error: message.split("\n").at(-1) }));
    return 1;
  } finally {
    await db.$disconnect();
  }
}

runMain(main);
