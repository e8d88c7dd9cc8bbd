// The catalogue refresh job: rebuilds a dataset's CatalogueCombo pre-aggregate for a version (default: the latest),
// in one transaction (DELETE + INSERT ... SELECT), so counts never read a half-built table and a rerun is harmless.
import type { Db } from "../../db/create-client";
import { latestVersion, rebuildCombos } from "../../catalogue/versions";

export interface CatalogueJobData {
  datasetSlug: string;
  version?: number;
}

export function refreshCatalogueHandler(db: Db) {
  return async (data: unknown): Promise<{ version: number; combos: number }> => {
    const d = data as Partial<CatalogueJobData> | null;
    if (typeof d?.datasetSlug !== "string") throw new Error("catalogue job: datasetSlug missing");
    const dataset = await db.dataset.findUnique({ where: { slug: d.datasetSlug }, select: { id: true } });
    if (!dataset) throw new Error(`catalogue job: no dataset "${d.datasetSlug}"`);
    const version = typeof d.version === "number" ? d.version : await latestVersion(db, dataset.id);
    await db.$transaction((tx) => rebuildCombos(tx, dataset.id, version), { maxWait: 30_000, timeout: 30 * 60_000 });
    return { version, combos: await db.catalogueCombo.count({ where: { datasetId: dataset.id } }) };
  };
}
