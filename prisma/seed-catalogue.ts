// The demo catalogue: the synthetic sample pack's labels (the one study with DICOM) and, when the catalogue holds no
// synthetic studies yet, DEMO_CATALOG_STUDIES synthetic ones following the statistics (catalog:synth). Both steps are
// idempotent, so re-running the seed publishes no new version.
import fs from "node:fs";
import path from "node:path";
import type { Db } from "../lib/db/create-client";
import { importLabels } from "../lib/catalogue/import-labels";
import { synthesiseCatalogue } from "../lib/catalogue/synth-catalogue";
import { LABELS_NAME } from "../lib/synth/labels-file";
import { openBulkSink } from "../scripts/catalogue/open-sink";
import { loadSynthStats } from "../scripts/catalogue/synth-stats";

export async function ensureCatalogue(
  db: Db,
  o: { datasetSlug: string; dataDir: string; databaseUrl: string; studies: number },
) {
  const labels = path.resolve(o.dataDir, "sample-pack", LABELS_NAME);
  if (fs.existsSync(labels)) {
    const r = await importLabels(db, {
      datasetSlug: o.datasetSlug,
      fileName: LABELS_NAME,
      open: () => fs.createReadStream(labels),
      actor: null,
      importedBy: "seed",
    });
    console.log(
      `seed: sample labels ${r.version ? `imported (catalogue version ${r.version.number})` : "already in the catalogue"}`,
    );
  }
  if (o.studies === 0) return;
  const synthetic = await db.catalogueVersion.count({
    where: { dataset: { slug: o.datasetSlug }, source: "catalog:synth" },
  });
  if (synthetic > 0) {
    console.log("seed: synthetic catalogue present, left as it is");
    return;
  }
  console.log(`seed: writing ${o.studies.toLocaleString("en-US")} synthetic catalogue studies (catalog:synth) ...`);
  const started = performance.now();
  const { stats } = await loadSynthStats(db, o.datasetSlug);
  const r = await synthesiseCatalogue(db, {
    datasetSlug: o.datasetSlug,
    studies: o.studies,
    seed: "catalog",
    stats,
    sink: await openBulkSink(o.databaseUrl),
  });
  console.log(`seed: catalogue version ${r.latestVersion} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
