// walkDirectory on DICOMDIRs built with real record offsets (build-dicomdir), some links corrupted on purpose: the
// patient/study/series/image tree with each record's keys and file id, and every bad link or misplaced record named
// by its offset instead of looping or throwing.
import { describe, expect, it } from "vitest";
import { walkDirectory } from "./dicomdir-walk";
import { parseDicomFile } from "./parse-file";
import { buildPart10, recordOffsets } from "./test-utils/build-dicom";
import { buildDicomdir, simpleTree, type Links, type RecordSpec } from "./test-utils/build-dicomdir";

const IDS = [1, 2, 3].map((n) => ["ST000001", "SE000001", `IM00000${n}`]);

function walk(specs: RecordSpec[], patch?: (l: Links, o: number[], size: number) => void) {
  const bytes = buildDicomdir(specs, patch);
  const parsed = parseDicomFile(bytes);
  if (!parsed.ok) throw new Error(parsed.reason);
  return { ...walkDirectory(parsed.dataSet), offsets: recordOffsets(bytes), size: bytes.length };
}

describe("walkDirectory", () => {
  it("builds the patient -> study -> series -> image tree with keys, file ids and offsets", () => {
    const { records, problems, offsets } = walk(simpleTree(IDS));
    expect(problems).toEqual([]);
    expect(records).toHaveLength(1);
    const patient = records[0]!;
    expect(patient).toMatchObject({ type: "PATIENT", offset: offsets[0], fileId: null, keys: { patientId: "ANON01" } });
    const study = patient.children[0]!;
    expect(study).toMatchObject({
      type: "STUDY",
      offset: offsets[1],
      keys: { studyInstanceUid: "1.2.826.0.1.3680043.8.498.2" },
    });
    const series = study.children[0]!;
    expect(series).toMatchObject({
      type: "SERIES",
      keys: { modality: "MR", seriesInstanceUid: "1.2.826.0.1.3680043.8.498.3" },
    });
    expect(series.children.map((i) => [i.type, i.offset, i.fileId, i.keys.instanceNumber])).toEqual([
      ["IMAGE", offsets[3], IDS[0], "1"],
      ["IMAGE", offsets[4], IDS[1], "2"],
      ["IMAGE", offsets[5], IDS[2], "3"],
    ]);
  });

  it("leaves out inactive records (RecordInUseFlag 0) but follows their links", () => {
    const specs = simpleTree(IDS);
    specs[4] = { ...specs[4]!, attrs: { ...specs[4]!.attrs, RecordInUseFlag: 0 } };
    const { records, problems } = walk(specs);
    expect(problems).toEqual([]);
    const images = records[0]!.children[0]!.children[0]!.children;
    expect(images.map((i) => i.fileId?.at(-1))).toEqual(["IM000001", "IM000003"]);
  });

  it("stops at a link back to a visited record (cycle), naming the offset", () => {
    const { problems, records, offsets } = walk(simpleTree(IDS), (l, o) => {
      l.next[5] = o[3]!; // the last image points back at the first
    });
    expect(problems).toEqual([`record offset ${offsets[3]} loops back to a record already visited (cycle)`]);
    expect(records[0]!.children[0]!.children[0]!.children).toHaveLength(3);
  });

  it("names offsets past the end of the file and offsets that hit no record", () => {
    const past = walk(simpleTree(IDS), (l, _o, size) => {
      l.lower[2] = size + 100; // the series' first image
    });
    expect(past.problems[0]).toBe(
      `record offset ${past.size + 100} points past the end of the file (${past.size} bytes)`,
    );
    expect(past.problems[1]).toBe("3 directory record(s) are not reachable from the root");

    const inside = walk(simpleTree(IDS), (l, o) => {
      l.next[3] = o[4]! + 2; // two bytes into the second image's item
    });
    expect(inside.problems).toEqual([
      `record offset ${inside.offsets[4]! + 2} does not point at a directory record`,
      "2 directory record(s) are not reachable from the root",
    ]);
  });

  it("names records at the wrong level, without a type, or of an unknown type", () => {
    const { problems, offsets } = walk([
      { type: "IMAGE", fileId: ["IM1"] },
      { type: "PATIENT" },
      { type: "SERIES", parent: 1 },
      { type: "" },
      { type: "FOO" },
      { type: "PRIVATE" },
    ]);
    expect(problems).toEqual([
      `IMAGE record at offset ${offsets[0]} sits at the root; it belongs under a SERIES record`,
      `SERIES record at offset ${offsets[2]} sits under a PATIENT record; it belongs under a STUDY record`,
      `record at offset ${offsets[3]} has no Directory Record Type (0004,1430)`,
      `record at offset ${offsets[4]} has an unknown Directory Record Type "FOO"`,
    ]);
  });

  it("stops nesting deeper than 8 levels", () => {
    const specs: RecordSpec[] = [{ type: "PRIVATE" }];
    for (let i = 1; i <= 10; i++) specs.push({ type: "PRIVATE", parent: i - 1 });
    const { problems, offsets } = walk(specs);
    // Depths 0..8 are walked; the record at depth 9 is where it stops, so it and the one below it are never reached.
    expect(problems).toEqual([
      `directory records nest deeper than 8 levels at offset ${offsets[9]}`,
      "2 directory record(s) are not reachable from the root",
    ]);
  });

  it("reports a root offset of 0 when records exist, and a missing record sequence", () => {
    const zero = walk(simpleTree(IDS), (l) => {
      l.root = 0;
    });
    expect(zero.records).toEqual([]);
    expect(zero.problems).toEqual(["root offset is 0 but the directory holds 6 record(s)"]);

    const bare = parseDicomFile(
      buildPart10(
        { FileSetID: "EMPTY", OffsetOfTheFirstDirectoryRecordOfTheRootDirectoryEntity: 0 },
        { mediaStorageSopClassUid: "1.2.840.10008.1.3.10" },
      ),
    );
    if (!bare.ok) throw new Error(bare.reason);
    expect(walkDirectory(bare.dataSet)).toEqual({
      records: [],
      problems: ["Directory Record Sequence (0004,1220) is missing"],
    });
  });
});
