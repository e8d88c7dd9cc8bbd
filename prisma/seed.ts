// Seeds what a fresh database needs, and is safe to run any number of times: the dataset row and, when no statistics
// have been imported yet, the illustrative example CSV. `--demo` also adds the demo users and the synthetic sample
// study (the embedded defaults `npm run demo` relies on).
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/db/create-client";
import { env } from "../lib/env";
import { DATASET_TITLE, importStats } from "../lib/dataset/import-stats";
import { EXAMPLE_STATS_PATH } from "../lib/dataset/example";
import { ensureSampleArchives } from "./seed-archives";
import { ensureSampleStudy } from "./seed-sample";
import { ensureCatalogue } from "./seed-catalogue";
import { demoSignInHelp, seedDemoUsers } from "./seed-users";
import { seedLicensing } from "../lib/licensing/seed";
import { demoCustomerHelp, seedDemoCustomer } from "./seed-licensing";

const demo = process.argv.includes("--demo");

async function main() {
  const db = createPrismaClient(env.DATABASE_URL);
  try {
    const dataset = await db.dataset.upsert({
      where: { slug: env.DATASET_SLUG },
      create: { slug: env.DATASET_SLUG, title: DATASET_TITLE },
      update: {},
    });
    const existing = await db.conditionStat.count({ where: { datasetId: dataset.id } });
    if (existing === 0) {
      const r = await importStats(db, {
        datasetSlug: env.DATASET_SLUG,
        fileName: path.basename(EXAMPLE_STATS_PATH),
        content: fs.readFileSync(EXAMPLE_STATS_PATH),
        importedBy: "seed",
      });
      console.log(`seed: imported the illustrative statistics (${r.rowCount} rows, ${r.totalStudies} studies)`);
    } else {
      console.log(`seed: statistics already present (${existing} rows), left as they are`);
    }
    const licensing = await seedLicensing(db);
    if (licensing.length) console.log(`seed: published the default ${licensing.join(", ")}`);
    if (demo) {
      await ensureSampleStudy(db, { datasetSlug: env.DATASET_SLUG, dataDir: env.DATA_DIR });
      await ensureCatalogue(db, {
        datasetSlug: env.DATASET_SLUG,
        dataDir: env.DATA_DIR,
        databaseUrl: env.DATABASE_URL,
        studies: env.DEMO_CATALOG_STUDIES,
      });
      await ensureSampleArchives(db, env.DATASET_SLUG);
      await seedDemoUsers(db);
      const demoLicence = await seedDemoCustomer(db, env.DATASET_SLUG);
      if (demoLicence.created) console.log(`seed: demo customer licence ${demoLicence.number}`);
      console.log(demoSignInHelp(env.APP_URL));
      console.log(demoCustomerHelp(env.APP_URL));
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error(`seed failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
