// The embedded default sample: when the dataset has no published sample study, generate the synthetic preview pack
// into DATA_DIR/sample-pack and import it as the public sample. Idempotent: a second run finds the sample and stops.
import fs from "node:fs";
import path from "node:path";
import type { Db } from "../lib/db/create-client";
import { importFolder } from "../lib/importer";
import { generatePack } from "../lib/synth/pack";

export async function ensureSampleStudy(db: Db, opts: { datasetSlug: string; dataDir: string }): Promise<void> {
  const published = await db.study.count({
    where: { dataset: { slug: opts.datasetSlug }, isSample: true, published: true },
  });
  if (published > 0) {
    console.log(`seed: ${published} published sample study(ies) present, left as they are`);
    return;
  }
  const packDir = path.resolve(opts.dataDir, "sample-pack");
  if (!fs.existsSync(path.join(packDir, "DICOMDIR"))) {
    console.log(`seed: generating the synthetic preview pack in ${packDir} ...`);
    await generatePack(packDir, { studies: 1 });
  }
  // The pack's CSV is the illustrative example: never let it replace figures an operator imported.
  const report = await importFolder(db, packDir, {
    datasetSlug: opts.datasetSlug,
    sample: true,
    statistics: false,
    importedBy: "seed",
  });
  if (report.rejected.length > 0 || report.unpublished.length > 0) {
    throw new Error(
      `the synthetic sample did not import cleanly: ${JSON.stringify({ rejected: report.rejected, unpublished: report.unpublished })}`,
    );
  }
  console.log(
    `seed: imported the synthetic sample (${report.studies} study, ${report.series} series, ${report.instances} images)`,
  );
}
