// Imports a statistics CSV: parse first (a bad file changes nothing), then replace the dataset's figures and record
// the import in one transaction, so pages never see a half-imported table.
import { createHash } from "node:crypto";
import type { Db } from "../db/create-client";
import { parseConditionsCsv, type CsvFormat } from "./csv";
import { assertDatasetSlug } from "../rules.mjs";

export const DATASET_TITLE = "Lumbar Spine MRI Scans";

export type ImportStatsInput = {
  datasetSlug: string;
  fileName: string;
  content: Uint8Array | string;
  importedBy: string;
};

export type ImportStatsResult = {
  importId: string;
  datasetId: string;
  format: CsvFormat;
  rowCount: number;
  totalStudies: number;
  sha256: string;
};

/** Throws CsvImportError (nothing written) when the file is refused. */
export async function importStats(db: Db, input: ImportStatsInput): Promise<ImportStatsResult> {
  const { datasetSlug, fileName, importedBy } = input;
  assertDatasetSlug(datasetSlug);
  if (fileName.trim() === "" || importedBy.trim() === "") throw new Error("fileName and importedBy are required");

  const bytes = typeof input.content === "string" ? Buffer.from(input.content, "utf8") : input.content;
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const parsed = parseConditionsCsv(bytes);

  return db.$transaction(
    async (tx) => {
      const dataset = await tx.dataset.upsert({
        where: { slug: datasetSlug },
        create: { slug: datasetSlug, title: DATASET_TITLE },
        update: {},
        select: { id: true },
      });
      const statImport = await tx.statImport.create({
        data: {
          datasetId: dataset.id,
          fileName,
          sha256,
          format: parsed.format,
          rowCount: parsed.rows.length,
          totalStudies: parsed.totalStudies,
          importedBy,
        },
        select: { id: true },
      });
      await tx.conditionStat.deleteMany({ where: { datasetId: dataset.id } });
      await tx.conditionStat.createMany({
        data: parsed.rows.map((r) => ({ datasetId: dataset.id, importId: statImport.id, ...r })),
      });
      return {
        importId: statImport.id,
        datasetId: dataset.id,
        format: parsed.format,
        rowCount: parsed.rows.length,
        totalStudies: parsed.totalStudies,
        sha256,
      };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
