// Batch: grouping inspected files by study and series, and the UIDs it makes up for files that carry none.
import { describe, expect, it } from "vitest";
import { Batch, generatedUid } from "./batch";
import { instance } from "./test-utils/parts";
import type { Problem } from "./types";

describe("generatedUid", () => {
  it("is a valid DICOM UID under the UUID root 2.25: a decimal 128-bit integer, at most 64 characters", () => {
    for (const [kind, seed] of [
      ["study", ""],
      ["series", "a/b"],
      ["sop", "f".repeat(64)],
    ] as const) {
      const uid = generatedUid(kind, seed);
      expect(uid).toMatch(/^2\.25\.(0|[1-9][0-9]*)$/);
      expect(uid.length).toBeLessThanOrEqual(64);
      expect(BigInt(uid.slice(5))).toBeLessThan(2n ** 128n);
    }
  });

  it("is stable for the same input and differs by kind and by seed", () => {
    expect(generatedUid("study", "ST1")).toBe(generatedUid("study", "ST1"));
    expect(generatedUid("study", "ST1")).not.toBe(generatedUid("series", "ST1"));
    expect(generatedUid("study", "ST1")).not.toBe(generatedUid("study", "ST2"));
    // The separator keeps kind and seed apart: "s"+"tudyX" is not "study"+"X".
    expect(generatedUid("s", "tudyX")).not.toBe(generatedUid("study", "X"));
  });
});

describe("Batch", () => {
  it("groups files by study and series, counting every file", () => {
    const problems: Problem[] = [];
    const b = new Batch(problems);
    b.add(instance(1, 1, 1), null);
    b.add(instance(1, 2, 1), "ST1/SE2/IM1.jpg");
    b.add(instance(2, 1, 1), null);
    b.add(instance(1, 1, 2), null);
    expect(b.size).toBe(4);
    expect([...b.studies.keys()]).toEqual(["1.2.3.1", "1.2.3.2"]);
    const s1 = b.studies.get("1.2.3.1")!;
    expect([...s1.series.keys()]).toEqual(["1.2.3.1.1", "1.2.3.1.2"]);
    expect(s1.series.get("1.2.3.1.1")!.instances.map((i) => i.fileKey)).toEqual(["ST1/SE1/IM1", "ST1/SE1/IM2"]);
    expect(s1.files).toEqual(["ST1/SE1/IM1", "ST1/SE2/IM1", "ST1/SE1/IM2"]);
    expect(s1.series.get("1.2.3.1.2")!.instances[0]).toMatchObject({
      sopInstanceUid: "1.2.3.1.2.1",
      jpgKey: "ST1/SE2/IM1.jpg",
      sizeBytes: 100,
      fileKey: "ST1/SE2/IM1",
    });
    expect(problems).toEqual([]);
  });

  it("takes study and series fields from the first file of each", () => {
    const b = new Batch([]);
    b.add(instance(1, 1, 1, { meta: { manufacturer: "First", seriesDescription: "T1" } }), null);
    b.add(instance(1, 1, 2, { meta: { manufacturer: "Second", seriesDescription: "T2" } }), null);
    const study = b.studies.get("1.2.3.1")!;
    expect(study.fields.manufacturer).toBe("First");
    expect(study.fields.description).toBe("Lumbar spine");
    expect(study.series.get("1.2.3.1.1")!.fields).toEqual({
      seriesNumber: 1,
      plane: "sagittal",
      description: "T1",
      modality: "MR",
    });
  });

  it("files UID-less files under one generated study and series per folder, and says so", () => {
    const problems: Problem[] = [];
    const b = new Batch(problems);
    const none = { studyInstanceUid: null, seriesInstanceUid: null, sopInstanceUid: null };
    b.add(instance(0, 0, 1, { rel: "A/x1", meta: none, sha256: "a".repeat(64) }), null);
    b.add(instance(0, 0, 2, { rel: "A/x2", meta: none, sha256: "b".repeat(64) }), null);
    b.add(instance(0, 0, 3, { rel: "B/x1", meta: none, sha256: "c".repeat(64) }), null);
    expect(b.studies.size).toBe(2);
    const a = b.studies.get(generatedUid("study", "A"))!;
    expect(a.files).toEqual(["A/x1", "A/x2"]);
    expect([...a.series.keys()]).toEqual([generatedUid("series", `${a.uid}\0A`)]);
    const sops = [...a.series.values()][0]!.instances.map((i) => i.sopInstanceUid);
    expect(sops).toEqual([generatedUid("sop", "a".repeat(64)), generatedUid("sop", "b".repeat(64))]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toEqual({
      path: "A/x1",
      problem:
        "no Study/Series/SOP Instance UID in the file; filed under generated UIDs (one study and series per folder)",
    });
  });

  it("names only the UIDs that are missing, and a file at the root goes to the root folder's study", () => {
    const problems: Problem[] = [];
    const b = new Batch(problems);
    b.add(instance(1, 1, 1, { rel: "IM1", meta: { seriesInstanceUid: null } }), null);
    expect(problems.map((p) => p.problem)).toEqual([expect.stringMatching(/^no Series Instance UID in the file;/)]);
    const study = b.studies.get("1.2.3.1")!;
    expect([...study.series.keys()]).toEqual([generatedUid("series", "1.2.3.1\0")]);
  });

  it("keeps each file's PHI findings with the file they came from", () => {
    const b = new Batch([]);
    b.add(
      instance(1, 1, 1, {
        phi: [
          { keyword: "PatientName", tag: "(0010,0010)", path: "(0010,0010)" },
          { keyword: "StudyDate", tag: "(0008,0020)", path: "(0008,0020)", reason: "holds a date" },
        ],
      }),
      null,
    );
    b.add(instance(1, 1, 2), null);
    expect(b.studies.get("1.2.3.1")!.phi).toEqual([
      { file: "ST1/SE1/IM1", keyword: "PatientName", tag: "(0010,0010)", path: "(0010,0010)" },
      { file: "ST1/SE1/IM1", keyword: "StudyDate", tag: "(0008,0020)", path: "(0008,0020)", reason: "holds a date" },
    ]);
  });

  it("clear() empties it for the next flush", () => {
    const b = new Batch([]);
    b.add(instance(1, 1, 1), null);
    b.clear();
    expect(b.size).toBe(0);
    expect(b.studies.size).toBe(0);
    b.add(instance(2, 1, 1), null);
    expect([...b.studies.keys()]).toEqual(["1.2.3.2"]);
  });
});
