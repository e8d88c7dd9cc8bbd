// CLI: import the vendor's statistics CSV into the database (npm run stats:import -- <file.csv> [--dataset <slug>]).
// Problems print as <file>:<line>:<column>: <message> (exit 1); bad usage exits 2.
import fs from "node:fs";
import { currentUser } from "./cli/current-user";
import path from "node:path";
import { checkDatasetSlug, loadDotEnv, parseCli, runMain } from "./cli/args";

const USAGE = `usage: stats-import <file.csv> [--dataset <slug>] [--by <who>]

Imports a statistics CSV (studies by condition and method of study) and replaces the dataset's figures.
  --dataset <slug>  dataset to import into (default: DATASET_SLUG, "lumbar-spine-mri")
  --by <who>        recorded as the importer (default: cli:<user>)`;

async function main(): Promise<number> {
  const args = parseCli("stats-import", USAGE, { dataset: { type: "string" }, by: { type: "string" } }, true);
  if (args.positionals.length !== 1) args.fail(args.positionals.length ? "one file at a time" : "missing <file.csv>");
  const file = args.positionals[0]!;

  loadDotEnv();
  const { env } = await import("../lib/env");
  const slug = checkDatasetSlug(args.values.dataset ?? env.DATASET_SLUG, args.fail);

  let content: Buffer;
  try {
    content = fs.readFileSync(file);
  } catch (e) {
    console.error(`${file}: cannot read: ${(e as Error).message}`);
    return 1;
  }

  const [{ createPrismaClient }, { importStats }, { CsvImportError }, { storefrontChanged }] = await Promise.all([
    import("../lib/db/create-client"),
    import("../lib/dataset/import-stats"),
    import("../lib/dataset/csv"),
    import("../lib/storefront/notify-configured"),
  ]);
  const db = createPrismaClient(env.DATABASE_URL);
  try {
    const result = await importStats(db, {
      datasetSlug: slug,
      fileName: path.basename(file),
      content,
      importedBy: args.values.by ?? `cli:${currentUser()}`,
    });
    console.log(`Imported ${file} into dataset "${slug}"`);
    console.log(`  format:  ${result.format}`);
    console.log(`  rows:    ${result.rowCount}`);
    console.log(`  total:   ${result.totalStudies.toLocaleString("en-US")} studies`);
    console.log(`  import:  ${result.importId}`);
    console.log(`  sha256:  ${result.sha256}`);
    // The running web instances serve the figures from their page cache: ask them to render the pages again.
    await storefrontChanged(env, (l) => console.error(`stats-import: ${l}`));
    return 0;
  } catch (e) {
    if (e instanceof CsvImportError) {
      for (const line of e.format(file)) console.error(line);
      console.error(`stats-import: ${file} refused (${e.problems.length} problem(s)); nothing was imported`);
      return 1;
    }
    const code = (e as { code?: unknown }).code;
    const message = (e as Error).message.trim();
    if (code === "P2021" || code === "P2022") {
      // Prisma's message quotes the calling code; its last line names the missing table or column.
      console.error(`stats-import: the database is not migrated: ${message.split("\n").at(-1)}`);
    } else {
      console.error(`stats-import: ${message}`);
    }
    return 1;
  } finally {
    await db.$disconnect();
  }
}

runMain(main);
