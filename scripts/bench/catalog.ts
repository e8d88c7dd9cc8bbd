// `npm run bench:catalog -- [--studies 2400000] [--filters 1000] [--db sqlite,postgresql] [--seed S]`
// For each database: a fresh scratch database, catalog:synth at the given size (timed), the count engine's index load,
// then --filters random filter mixes (1 to 5 filters): p50/p95/max of the count and of the full breakdown, each
// measured end to end as the app calls them (latest-version read + in-memory pass). Last line: JSON.
// PostgreSQL: BENCH_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/test; the role needs CREATEDB).
// --keep: use (and keep) the databases BENCH_CATALOG_SQLITE_URL / BENCH_CATALOG_POSTGRES_URL instead of scratch ones,
// migrated on the way; catalog:synth then skips an identical catalogue (its time is reported as null).
import { parseArgs } from "node:util";
import { createScratchDb } from "../../lib/testing/scratch-db";
import { synthesiseCatalogue } from "../../lib/catalogue/synth-catalogue";
import { breakdownCohort, catalogueIndex, clearCatalogueCache, countCohort } from "../../lib/catalogue/engine";
import { randomFilter, type FilterVocab } from "../../lib/catalogue/random-filter";
import { mulberry32 } from "../../lib/synth/rng";
import { parseConditionsCsv } from "../../lib/dataset/csv";
import { EXAMPLE_STATS_PATH } from "../../lib/dataset/example";
import { openBulkSink } from "../catalogue/open-sink";
import { progressBar } from "../catalogue/progress";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "../../lib/db/create-client";
import { runMain } from "../cli/args";

const { values } = parseArgs({
  options: {
    studies: { type: "string", default: "2400000" },
    filters: { type: "string", default: "1000" },
    db: { type: "string", default: "sqlite,postgresql" },
    seed: { type: "string", default: "bench" },
    keep: { type: "boolean", default: false },
  },
});
const studies = Number(values.studies);
const filters = Number(values.filters);
const pgUrl = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
};
const stats = (xs: number[]) => ({
  p50: +pct(xs, 50).toFixed(2),
  p95: +pct(xs, 95).toFixed(2),
  max: +Math.max(...xs).toFixed(2),
});

async function benchOne(kind: "sqlite" | "postgresql") {
  if (kind === "postgresql") process.env.TEST_DATABASE_URL = pgUrl;
  else delete process.env.TEST_DATABASE_URL;
  const scratch = values.keep ? await keptDb(kind) : await createScratchDb();
  try {
    const bar = progressBar(`catalog:synth (${kind})`, "studies");
    const t0 = performance.now();
    const synth = await synthesiseCatalogue(scratch.db, {
      datasetSlug: "bench",
      studies,
      seed: values.seed,
      stats: parseConditionsCsv(fs.readFileSync(EXAMPLE_STATS_PATH)).rows,
      sink: await openBulkSink(scratch.url),
      onProgress: (d, t) => bar.update(d, t),
      beforePublish: async () => bar.stop(),
    });
    const synthSeconds = synth.skipped ? null : (performance.now() - t0) / 1000;
    clearCatalogueCache();
    const t1 = performance.now();
    const ix = await catalogueIndex(scratch.db, synth.datasetId);
    const indexLoadMs = performance.now() - t1;
    const d = ix.dict.values;
    const vocab: FilterVocab = {
      conditions: d.condition.slice(1),
      methods: d.method.slice(1),
      sequences: d.sequence.slice(1),
      manufacturers: d.manufacturer.slice(1),
      models: d.model.slice(1),
      tesla: [0.3, 0.5, 1.5, 3],
    };
    const r = mulberry32(42);
    const count: number[] = [];
    const breakdown: number[] = [];
    // CPU time of this process per operation too: on a shared machine, wall time includes waiting for a core.
    const countCpu: number[] = [];
    const cpuMs = (from: NodeJS.CpuUsage) => {
      const u = process.cpuUsage(from);
      return (u.user + u.system) / 1000;
    };
    const load0 = os.loadavg()[0]!;
    let nonEmpty = 0;
    for (let i = 0; i < filters; i++) {
      const f = randomFilter(r, vocab);
      const a = performance.now();
      const cpu = process.cpuUsage();
      const c = await countCohort(scratch.db, synth.datasetId, f);
      count.push(performance.now() - a);
      countCpu.push(cpuMs(cpu));
      const b = performance.now();
      await breakdownCohort(scratch.db, synth.datasetId, f);
      breakdown.push(performance.now() - b);
      if (c.ok && c.studies > 0) nonEmpty++;
    }
    const out = {
      db: kind,
      studies,
      synthSeconds: synthSeconds === null ? null : +synthSeconds.toFixed(1),
      combos: ix.index.length,
      indexLoadMs: Math.round(indexLoadMs),
      filters,
      nonEmpty,
      countMs: stats(count),
      countCpuMs: stats(countCpu),
      loadAverage: +((load0 + os.loadavg()[0]!) / 2).toFixed(1),
      breakdownMs: stats(breakdown),
    };
    console.log(
      `${kind}: synth ${out.synthSeconds} s, ${out.combos} combinations loaded in ${out.indexLoadMs} ms; count p50 ${out.countMs.p50} p95 ${out.countMs.p95} max ${out.countMs.max} ms (CPU p95 ${out.countCpuMs.p95} ms, load average ${out.loadAverage}); breakdown p50 ${out.breakdownMs.p50} p95 ${out.breakdownMs.p95} max ${out.breakdownMs.max} ms`,
    );
    return out;
  } finally {
    clearCatalogueCache();
    await scratch.cleanup();
  }
}

async function keptDb(kind: "sqlite" | "postgresql") {
  const url =
    kind === "sqlite"
      ? (process.env.BENCH_CATALOG_SQLITE_URL ?? "file:./.data/bench/catalog.db")
      : (process.env.BENCH_CATALOG_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/bench_catalog");
  const { adminQuery, applyMigrations, quoteIdent } = await import("../../lib/db/schema-engine.mjs");
  if (kind === "postgresql") {
    const name = new URL(url).pathname.slice(1);
    await adminQuery(pgUrl, `CREATE DATABASE ${quoteIdent(name)}`).catch(() => {}); // exists already
  } else fs.mkdirSync(path.dirname(url.replace(/^file:/, "")), { recursive: true });
  await applyMigrations(url);
  const db = createPrismaClient(url);
  return { url, db, cleanup: () => db.$disconnect() };
}

async function main() {
  const results = [];
  for (const kind of values.db.split(",").map((s) => s.trim())) {
    if (kind !== "sqlite" && kind !== "postgresql") throw new Error(`--db: unknown database "${kind}"`);
    results.push(await benchOne(kind));
  }
  const bar = 20;
  const ok = results.every((x) => x.countMs.p95 <= bar);
  console.log(JSON.stringify({ bench: "catalog", studies, filters, countP95BarMs: bar, ok, results }));
  // The bar is set for the full 2.4 M catalogue; smaller (smoke) runs check that everything works and report.
  return ok || studies < 2_400_000 ? 0 : 1;
}

runMain(main);
