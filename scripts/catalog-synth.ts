// CLI: npm run catalog:synth -- --studies 2400000 [--seed S] [--dataset <slug>] [--stats <file.csv>] [--json]
// Fills the catalogue with synthetic studies whose per-condition and per-method totals are the statistics CSV's.
import { checkDatasetSlug, loadDotEnv, parseCli, runMain } from "./cli/args";
import { openBulkSink } from "./catalogue/open-sink";
import { progressBar } from "./catalogue/progress";

const USAGE = `usage: npm run catalog:synth -- --studies N [--seed S] [--dataset <slug>] [--stats <file.csv>] [--json]

Writes N synthetic catalogue studies (labels, size, delivery key and SHA-256; no DICOM) as a new catalogue version.
Their per-condition and per-method totals follow the statistics: --stats <file.csv>, else the dataset's imported
statistics, else data/examples/Spine_MRI_conditions.csv. The previous synthetic set is retired. Same N, seed and
statistics again: nothing changes. An interrupted run leaves nothing visible; run it again.
  --studies N   how many (default 2400000)
  --seed S      PRNG seed (default "catalog")
  --json        print the result as one JSON object on the last line`;

async function main(): Promise<number> {
  const args = parseCli("catalog:synth", USAGE, {
    studies: { type: "string", default: "2400000" },
    seed: { type: "string", default: "catalog" },
    dataset: { type: "string" },
    stats: { type: "string" },
    json: { type: "boolean", default: false },
  });
  const usage = args.fail;
  const studies = Number(args.values.studies.replace(/[_,]/g, ""));
  if (!Number.isInteger(studies) || studies < 1 || studies > 50_000_000)
    usage("--studies must be a whole number 1..50000000");
  loadDotEnv();
  const { env } = await import("../lib/env");
  const slug = checkDatasetSlug(args.values.dataset ?? env.DATASET_SLUG, usage);
  const { createPrismaClient } = await import("../lib/db/create-client");
  const { synthesiseCatalogue } = await import("../lib/catalogue/synth-catalogue");
  const { loadSynthStats } = await import("./catalogue/synth-stats");
  const db = createPrismaClient(env.DATABASE_URL);
  const started = performance.now();
  const bar = progressBar("catalog:synth", "studies");
  try {
    const { stats, source } = await loadSynthStats(db, slug, args.values.stats);
    const result = await synthesiseCatalogue(db, {
      datasetSlug: slug,
      studies,
      seed: args.values.seed,
      stats,
      sink: await openBulkSink(env.DATABASE_URL),
      onProgress: (d, t) => bar.update(d, t),
      beforePublish: async () => {
        bar.stop();
        if (!args.values.json) console.log("publishing the version (rebuilding the pre-aggregates)...");
      },
    });
    bar.stop();
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    // A new catalogue version changes the storefront's figures: the web instances render their cached pages again.
    if (!result.skipped) {
      const { storefrontChanged } = await import("../lib/storefront/notify-configured");
      await storefrontChanged(env, (l) => console.error(`catalog:synth: ${l}`));
    }
    const out = {
      ok: true,
      studies,
      seed: args.values.seed,
      statsSource: source,
      skipped: result.skipped,
      version: result.latestVersion,
      seconds,
    };
    if (args.values.json) console.log(JSON.stringify(out));
    else if (result.skipped)
      console.log(`The catalogue already holds this synthetic set (version ${result.latestVersion}); nothing changed.`);
    else
      console.log(
        `Catalogue version ${result.latestVersion}: ${studies.toLocaleString("en-US")} synthetic studies from ${source} in ${seconds} s`,
      );
    return 0;
  } catch (e) {
    bar.stop();
    console.error(`catalog:synth: ${(e as Error).message}`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

runMain(main);
