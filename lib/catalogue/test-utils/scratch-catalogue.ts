// Test helper: a scratch database for a test file with `rows` imported as a labels CSV under `slug`; the catalogue
// cache is cleared and the database removed after the last test of the file.
import { afterAll, beforeAll } from "vitest";
import { createScratchDb, type ScratchDb } from "../../testing/scratch-db";
import { clearCatalogueCache } from "../engine";
import { importLabels } from "../import-labels";
import type { LabelRow } from "../labels-csv/parse-labels";
import { labelsCsv } from "./catalogue";

export function scratchCatalogue(slug: string, rows: LabelRow[]) {
  let scratch: ScratchDb | undefined;
  let datasetId: string | undefined;
  beforeAll(async () => {
    scratch = await createScratchDb();
    const imported = await importLabels(scratch.db, {
      datasetSlug: slug,
      fileName: "labels.csv",
      open: () => [Buffer.from(labelsCsv(rows))],
      actor: null,
      importedBy: "test",
    });
    datasetId = imported.datasetId;
  });
  afterAll(async () => {
    clearCatalogueCache();
    await scratch?.cleanup();
  });
  const ready = () => {
    if (!scratch || datasetId === undefined) throw new Error("the catalogue exists only while the file's tests run");
    return { db: scratch.db, datasetId };
  };
  return {
    get db(): ScratchDb["db"] {
      return ready().db;
    },
    get datasetId(): string {
      return ready().datasetId;
    },
  };
}
