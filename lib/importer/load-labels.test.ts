// isLabelsFile and loadLabels on a scratch database with labels CSVs in a temp folder: a pack's labels file becomes
// a catalogue version once (the same file again publishes nothing), and a file that is not a labels table is rejected
// with its line and column, changing nothing.
import { describe, expect, it } from "vitest";
import { labelsCsv, randomStudies } from "../catalogue/test-utils/catalogue";
import { isLabelsFile, loadLabels } from "./load-labels";
import { scratchWithFolders } from "./test-utils/scratch-folders";

const scratch = scratchWithFolders();

let n = 0;
function setup(files: Record<string, string>) {
  const root = scratch.folder("labels-test-", files);
  const datasetSlug = `labels-test-${++n}`;
  const where = { dataset: { slug: datasetSlug } };
  return {
    root,
    opts: { root, datasetSlug, importedBy: "importer test" },
    versions: () => scratch.db.catalogueVersion.count({ where }),
    liveUids: async () => {
      const { id } = await scratch.db.dataset.findUniqueOrThrow({ where: { slug: datasetSlug } });
      const rows = await scratch.db.catalogueStudy.findMany({ where: { datasetId: id, removedIn: null } });
      return rows.map((r) => r.studyInstanceUid).sort();
    },
  };
}

describe("isLabelsFile", () => {
  it("is any file whose own name mentions labels, in any case", () => {
    expect(isLabelsFile("Spine_MRI_labels.csv")).toBe(true);
    expect(isLabelsFile("sub/STUDY_LABELS.csv")).toBe(true);
    expect(isLabelsFile("Spine_MRI_conditions.csv")).toBe(false);
    expect(isLabelsFile("labels/conditions.csv")).toBe(false);
  });
});

describe("loadLabels", () => {
  const studies = randomStudies(7, 4, "1.2.826.0.1.7");

  it("imports a labels file as a new catalogue version, and the same file again as unchanged", async () => {
    const s = setup({ "Spine_MRI_labels.csv": labelsCsv(studies) });
    const first = await loadLabels(scratch.db, { ...s.opts, files: ["Spine_MRI_labels.csv"] });
    expect(first).toEqual({
      outcomes: [{ path: "Spine_MRI_labels.csv", status: "imported", rows: 4, version: 1 }],
      rejected: [],
    });
    expect(await s.liveUids()).toEqual(studies.map((x) => x.studyInstanceUid).sort());

    const again = await loadLabels(scratch.db, { ...s.opts, files: ["Spine_MRI_labels.csv"] });
    expect(again.outcomes).toEqual([{ path: "Spine_MRI_labels.csv", status: "unchanged", rows: 4, version: 1 }]);
    expect(await s.versions()).toBe(1);
  });

  it("imports several files in turn, each a version of its own", async () => {
    const more = randomStudies(8, 2, "1.2.826.0.1.8");
    const s = setup({ "a/labels.csv": labelsCsv(studies), "b/labels.csv": labelsCsv(more) });
    const r = await loadLabels(scratch.db, { ...s.opts, files: ["a/labels.csv", "b/labels.csv"] });
    expect(r.outcomes.map((o) => [o.path, o.status, o.rows, o.version])).toEqual([
      ["a/labels.csv", "imported", 4, 1],
      ["b/labels.csv", "imported", 2, 2],
    ]);
    // Studies absent from the second file stay in the catalogue.
    expect(await s.liveUids()).toHaveLength(6);
  });

  it("rejects a file that is not a labels table, naming line and column, and imports nothing from it", async () => {
    const s = setup({ "labels.csv": "hello,world\n1,2\n", "ok_labels.csv": labelsCsv(studies) });
    const r = await loadLabels(scratch.db, { ...s.opts, files: ["labels.csv", "ok_labels.csv"] });
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]!.path).toBe("labels.csv");
    expect(r.rejected[0]!.reason).toMatch(/^not a labels table: line 1, column \d+: \S/);
    expect(r.outcomes.map((o) => [o.path, o.version])).toEqual([["ok_labels.csv", 1]]);
    expect(await s.versions()).toBe(1);
  });
});
