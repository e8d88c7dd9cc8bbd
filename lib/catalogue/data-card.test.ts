// The data card's generated facts on a scratch database (SQLite, or PostgreSQL with TEST_DATABASE_URL): the latest
// version and the change log from two label imports, the label values in use, the whole-catalogue breakdown, whether
// the catalogue is synthetic, and the transfer syntaxes and image sizes of this dataset's imported DICOM only - each
// checked against what the test put in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { loadDataCard } from "./data-card";
import { clearCatalogueCache } from "./engine";
import { importLabels } from "./import-labels";
import type { LabelRow } from "./labels-csv/parse-labels";
import { prismaSink } from "./sinks/prisma-sink";
import { synthesiseCatalogue } from "./synth-catalogue";
import { labelsCsv, randomStudies } from "./test-utils/catalogue";

let scratch: ScratchDb;
beforeAll(async () => {
  scratch = await createScratchDb();
});
afterAll(async () => {
  clearCatalogueCache();
  await scratch?.cleanup();
});

const importAt = (slug: string, rows: LabelRow[], fileName: string, iso: string) =>
  importLabels(scratch.db, {
    datasetSlug: slug,
    fileName,
    open: () => [Buffer.from(labelsCsv(rows))],
    actor: null,
    importedBy: "test",
    clock: () => new Date(iso),
  });

/** One study with one series holding instances of the given transfer syntax and size. */
async function instances(datasetId: string, tag: string, list: { ts: string; rows: number; columns: number }[]) {
  const study = await scratch.db.study.create({
    data: { datasetId, studyInstanceUid: `9.9.${tag}`, storageRoot: "/x" },
  });
  const series = await scratch.db.series.create({ data: { studyId: study.id, seriesInstanceUid: `9.9.${tag}.1` } });
  await scratch.db.instance.createMany({
    data: list.map((x, i) => ({
      seriesId: series.id,
      sopInstanceUid: `9.9.${tag}.1.${i}`,
      transferSyntaxUid: x.ts,
      rows: x.rows,
      columns: x.columns,
      fileKey: `${tag}/${i}.dcm`,
      sizeBytes: 1000,
      sha256: "0".repeat(64),
    })),
  });
}

const EXPLICIT_LE = "1.2.840.10008.1.2.1";
const J2K_LOSSLESS = "1.2.840.10008.1.2.4.90";

describe("loadDataCard", () => {
  it("is null for a dataset that does not exist", async () => {
    expect(await loadDataCard(scratch.db, "no-such-dataset")).toBeNull();
  });

  it("reports the latest version, the change log newest first, values in use, breakdown and DICOM facts", async () => {
    const v1 = randomStudies(51, 60, "5.1");
    const { datasetId } = await importAt("data-card", v1, "first.csv", "2026-01-10T00:00:00Z");
    // version 2: ten new studies, and five of the first sixty relabelled (retired and re-added)
    const relabelled = v1.map((r, i) => (i < 5 ? { ...r, conditions: [...r.conditions, "Schmorl's nodes"] } : r));
    const needChange = v1.slice(0, 5).filter((r) => !r.conditions.includes("Schmorl's nodes")).length;
    expect(needChange).toBeGreaterThan(0);
    const v2 = [...relabelled, ...randomStudies(52, 10, "5.2")];
    await importAt("data-card", v2, "second.csv", "2026-02-20T00:00:00Z");
    clearCatalogueCache();

    await instances(datasetId, "a", [
      { ts: EXPLICIT_LE, rows: 512, columns: 512 },
      { ts: EXPLICIT_LE, rows: 256, columns: 320 },
      { ts: EXPLICIT_LE, rows: 384, columns: 384 },
      { ts: J2K_LOSSLESS, rows: 640, columns: 448 },
      { ts: J2K_LOSSLESS, rows: 512, columns: 512 },
      { ts: "1.2.3.4.5.6.unknown", rows: 300, columns: 300 },
    ]);
    // another dataset's images count for nothing here
    const other = await scratch.db.dataset.create({ data: { slug: "data-card-other", title: "T" } });
    await instances(other.id, "b", [{ ts: J2K_LOSSLESS, rows: 4096, columns: 16 }]);

    const card = await loadDataCard(scratch.db, "data-card");
    if (!card) throw new Error("expected a data card");
    const bytes = (rows: LabelRow[]) => rows.reduce((s, r) => s + r.sizeBytes, 0);
    expect(card.version).toEqual({
      number: 2,
      createdAt: new Date("2026-02-20T00:00:00Z"),
      studies: 70,
      sizeBytes: bytes(v2),
    });
    expect(
      card.versions.map(({ number, source, studies, added, removed }) => [number, source, studies, added, removed]),
    ).toEqual([
      [2, "labels:import", 70, 10 + needChange, needChange],
      [1, "labels:import", 60, 60, 0],
    ]);
    expect(card.versions[1]!.note).toBe("first.csv: 60 added, 0 changed");
    expect(card.synthetic).toBe(false);

    const sortedUnique = (xs: (string | null)[]) =>
      [...new Set(xs.filter((x): x is string => x !== null))].sort((a, b) => a.localeCompare(b));
    expect(card.values).toEqual({
      // a value stays in the dictionary once seen, so the union over both imports
      conditions: sortedUnique([...v1, ...v2].flatMap((r) => r.conditions)),
      methods: sortedUnique(v2.map((r) => r.method)),
      sequences: sortedUnique([...v1, ...v2].flatMap((r) => r.sequences)),
      manufacturers: sortedUnique(v2.map((r) => r.manufacturer)),
      models: sortedUnique(v2.map((r) => (r.model ? `${r.manufacturer} ${r.model}` : null))),
      races: sortedUnique(v2.map((r) => r.race)),
    });
    expect(card.breakdown).toMatchObject({ version: 2, studies: 70, sizeBytes: bytes(v2) });

    expect(card.transferSyntaxes).toEqual([
      { uid: EXPLICIT_LE, name: "Explicit VR Little Endian", instances: 3 },
      { uid: J2K_LOSSLESS, name: "JPEG 2000 Lossless", instances: 2 },
      { uid: "1.2.3.4.5.6.unknown", name: "unknown", instances: 1 },
    ]);
    expect(card.imageSizes).toEqual({ rows: [256, 640], columns: [300, 512] });
  });

  it("a dataset with a catalogue but no images has no image sizes; a synthesised catalogue says so", async () => {
    await synthesiseCatalogue(scratch.db, {
      datasetSlug: "data-card-synth",
      studies: 40,
      seed: "s",
      stats: [
        { condition: "Disc herniation", method: "MRI 1.5T", studies: 30 },
        { condition: "Scoliosis", method: "MRI 3T", studies: 10 },
      ],
      sink: prismaSink(scratch.db),
    });
    const card = await loadDataCard(scratch.db, "data-card-synth");
    expect(card).toMatchObject({
      synthetic: true,
      version: { number: 1, studies: 40 },
      breakdown: { studies: 40 },
      transferSyntaxes: [],
      imageSizes: null,
    });
    expect(card!.values.methods).toEqual(["MRI 1.5T", "MRI 3T"]);
  });

  it("a dataset without any catalogue version has no version, no breakdown and an empty change log", async () => {
    await scratch.db.dataset.create({ data: { slug: "data-card-empty", title: "T" } });
    expect(await loadDataCard(scratch.db, "data-card-empty")).toMatchObject({
      version: null,
      versions: [],
      breakdown: null,
      synthetic: false,
    });
  });
});
