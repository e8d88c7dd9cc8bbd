// importLabels on a scratch database (SQLite, or PostgreSQL with TEST_DATABASE_URL): good rows land as the next
// catalogue version with their labels, an audit row and progress; a file with a bad row is refused with the row's line
// and column and changes nothing at all, even when the bad row comes after a whole write batch; a re-import of the
// same file publishes nothing; studies missing from a later file are kept.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CsvImportError } from "../dataset/csv/errors";
import { createScratchDb, type ScratchDb } from "../testing/scratch-db";
import { importLabels, type ImportLabelsInput } from "./import-labels";
import { LABEL_HEADERS } from "./labels-csv/write-labels";
import type { LabelRow } from "./labels-csv/parse-labels";
import { latestVersion } from "./versions";
import { labelsCsv, randomStudies } from "./test-utils/catalogue";

let scratch: ScratchDb;
beforeAll(async () => {
  scratch = await createScratchDb();
});
afterAll(async () => {
  await scratch?.cleanup();
});

const run = (slug: string, csv: string, extra: Partial<ImportLabelsInput> = {}) =>
  importLabels(scratch.db, {
    datasetSlug: slug,
    fileName: "labels.csv",
    open: () => [Buffer.from(csv)],
    actor: null,
    importedBy: "tester",
    ...extra,
  });

/** The catalogue rows of a dataset live on its latest version, by UID. */
async function live(datasetId: string) {
  const v = await latestVersion(scratch.db, datasetId);
  const rows = await scratch.db.catalogueStudy.findMany({
    where: { datasetId, addedIn: { lte: v }, OR: [{ removedIn: null }, { removedIn: { gt: v } }] },
    orderBy: { studyInstanceUid: "asc" },
  });
  return new Map(rows.map((r) => [r.studyInstanceUid, r]));
}
/** Everything an import could write, to show a refused one wrote none of it. */
async function everything() {
  return {
    datasets: await scratch.db.dataset.count(),
    studies: await scratch.db.catalogueStudy.count(),
    versions: await scratch.db.catalogueVersion.count(),
    codes: await scratch.db.catalogueCode.count(),
    combos: await scratch.db.catalogueCombo.count(),
    audits: await scratch.db.auditEvent.count(),
  };
}

/** The CSV with one cell of one data row (0-based) replaced; its file line is row + 2 (the header is line 1). */
function withBadCell(rows: LabelRow[], row: number, header: string, value: string) {
  const col = LABEL_HEADERS.indexOf(header);
  expect(col).toBeGreaterThanOrEqual(0);
  const lines = labelsCsv(rows).split("\n");
  const cells = lines[row + 1]!.split(",");
  cells[col] = value;
  lines[row + 1] = cells.join(",");
  return { csv: lines.join("\n"), line: row + 2, column: col + 1 };
}

describe("importLabels", () => {
  it("writes every row as version 1 with its labels, audits the import and reports progress", async () => {
    const rows = randomStudies(61, 40, "6.1");
    const progress: [number, number][] = [];
    const r = await run("import-good", labelsCsv(rows), {
      clock: () => new Date("2026-04-01T00:00:00Z"),
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(r).toMatchObject({ rows: 40, added: 40, changed: 0, unchanged: 0, latestVersion: 1 });
    expect(r.version).toMatchObject({ number: 1, studies: 40, added: 40, removed: 0 });
    expect(r.version?.createdAt).toEqual(new Date("2026-04-01T00:00:00Z"));
    expect(progress.at(-1)).toEqual([40, 40]);

    const stored = await live(r.datasetId);
    expect([...stored.keys()].sort()).toEqual(rows.map((x) => x.studyInstanceUid).sort());
    for (const x of rows) {
      const s = stored.get(x.studyInstanceUid)!;
      expect({
        age: s.age,
        fieldStrength: s.fieldStrength,
        sizeBytes: Number(s.sizeBytes),
        objectKey: s.objectKey,
        sha256: s.sha256,
        synthetic: s.synthetic,
        addedIn: s.addedIn,
      }).toEqual({
        age: x.age,
        fieldStrength: x.fieldStrength,
        sizeBytes: x.sizeBytes,
        objectKey: x.objectKey,
        sha256: x.sha256,
        synthetic: false,
        addedIn: 1,
      });
    }
    // the labels are stored as codes: the method code names the row's method
    const methods = await scratch.db.catalogueCode.findMany({ where: { datasetId: r.datasetId, kind: "method" } });
    const methodOf = new Map(methods.map((m) => [m.code, m.value]));
    for (const x of rows) expect(methodOf.get(stored.get(x.studyInstanceUid)!.method)).toBe(x.method);

    const audit = await scratch.db.auditEvent.findFirstOrThrow({ where: { action: "catalogue.labels_imported" } });
    expect(audit).toMatchObject({ targetType: "catalogue_version", targetId: "1", actorId: null });
    expect(JSON.parse(audit.details!)).toEqual({
      fileName: "labels.csv",
      importedBy: "tester",
      rows: 40,
      added: 40,
      changed: 0,
    });
  });

  it("refuses a file with a bad row, naming its line and column, and writes nothing", async () => {
    const rows = randomStudies(62, 30, "6.2");
    const bad = withBadCell(rows, 17, "sex", "X");
    const before = await everything();
    const err = await run("import-bad", bad.csv).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CsvImportError);
    expect((err as CsvImportError).problems).toEqual([
      { line: bad.line, column: bad.column, message: 'sex "X" is not F, M, O or empty' },
    ]);
    expect(await everything()).toEqual(before);
    expect(await scratch.db.dataset.findUnique({ where: { slug: "import-bad" } })).toBeNull();
  });

  it("a bad row after a full write batch (2,000 rows) still leaves an existing catalogue exactly as it was", async () => {
    const first = randomStudies(63, 10, "6.3");
    const { datasetId } = await run("import-late-bad", labelsCsv(first));
    const liveBefore = await live(datasetId);
    const before = await everything();
    const many = randomStudies(64, 2_100, "6.4");
    const bad = withBadCell(many, 2_050, "age", "old");
    await expect(run("import-late-bad", bad.csv)).rejects.toMatchObject({
      line: 2_052,
      column: bad.column,
      message: 'age "old" is not whole years',
    });
    expect(await everything()).toEqual(before);
    expect(await latestVersion(scratch.db, datasetId)).toBe(1);
    expect(await live(datasetId)).toEqual(liveBefore);
  });

  it("re-importing the same file publishes nothing; a changed row and a new one make the next version", async () => {
    const rows = randomStudies(65, 20, "6.5");
    const first = await run("import-again", labelsCsv(rows));
    expect(await run("import-again", labelsCsv(rows))).toMatchObject({
      version: null,
      latestVersion: 1,
      added: 0,
      changed: 0,
      unchanged: 20,
    });

    // the next file: row 0 resized, row 1 dropped from the file, one new study
    const extra = randomStudies(66, 1, "6.6");
    const next = [{ ...rows[0]!, sizeBytes: rows[0]!.sizeBytes + 1 }, ...rows.slice(2), ...extra];
    const r = await run("import-again", labelsCsv(next));
    expect(r).toMatchObject({ rows: 20, added: 1, changed: 1, unchanged: 18, latestVersion: 2 });
    // the changed row is retired and re-added: 2 rows added to version 2, 1 removed; 21 studies live
    expect(r.version).toMatchObject({ number: 2, added: 2, removed: 1, studies: 21 });
    const now = await live(first.datasetId);
    expect(now.size).toBe(21);
    expect(now.has(rows[1]!.studyInstanceUid)).toBe(true); // absent from the file, kept
    expect(Number(now.get(rows[0]!.studyInstanceUid)!.sizeBytes)).toBe(rows[0]!.sizeBytes + 1);
  });

  it("refuses an invalid dataset slug before reading anything", async () => {
    let opened = 0;
    await expect(
      importLabels(scratch.db, {
        datasetSlug: "Not A Slug!",
        fileName: "x.csv",
        open: () => {
          opened++;
          return [""];
        },
        actor: null,
        importedBy: "t",
      }),
    ).rejects.toThrow(/invalid dataset slug/);
    expect(opened).toBe(0);
  });
});
