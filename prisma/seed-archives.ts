// The published sample studies' delivery archives, so the sample is downloadable as soon as the demo runs. Current
// archives are confirmed, not rebuilt (buildArchives is idempotent).
import type { Db } from "../lib/db/create-client";
import { buildArchives } from "../lib/delivery/build-archives";
import { archiveStorage, s3Client } from "../lib/storage/configured";

export async function ensureSampleArchives(db: Db, datasetSlug: string): Promise<void> {
  const samples = await db.study.findMany({
    where: { dataset: { slug: datasetSlug }, isSample: true, published: true },
    select: { id: true },
  });
  if (samples.length === 0) return;
  const r = await buildArchives(
    { db, archives: archiveStorage(), s3: s3Client },
    { studyIds: samples.map((s) => s.id) },
  );
  if (r.failed.length > 0)
    throw new Error(`sample archives failed: ${r.failed.map((f) => `${f.study}: ${f.error}`).join("; ")}`);
  console.log(`seed: sample archives ${r.built} built, ${r.current} already current`);
}
