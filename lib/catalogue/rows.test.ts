import { describe, expect, it } from "vitest";
import { emptyDictionary, type PendingCode } from "./dictionary";
import type { LabelRow } from "./labels-csv/parse-labels";
import { codeRow, INSERT_COLUMNS, LABEL_FIELDS, sameLabels } from "./rows";

const row: LabelRow = {
  studyInstanceUid: "1.2.3",
  conditions: ["Spinal stenosis", "Disc herniation"],
  method: "MRI 3T",
  sequences: ["SAG T2", "AX T2"],
  sex: "F",
  age: 61,
  race: null,
  manufacturer: "SIEMENS",
  model: "Skyra",
  fieldStrength: 3000,
  studyYear: 2022,
  seriesCount: 4,
  instanceCount: 80,
  sizeBytes: 1234,
  objectKey: "studies/1.zip",
  sha256: "b".repeat(64),
};

describe("catalogue rows", () => {
  it("code a labels row: masks for lists, the first condition as primary, 0 for what is not recorded", () => {
    const d = emptyDictionary();
    const pending: PendingCode[] = [];
    const coded = codeRow(row, d, pending);
    expect(coded).toMatchObject({
      conditions: 0b11,
      primaryCondition: 1,
      method: 1,
      sequences: 0b11,
      sex: 1,
      age: 61,
      race: 0,
      manufacturer: 1,
      fieldStrength: 3000,
    });
    // Models are coded with their manufacturer, so two makers' "Model 1" stay apart.
    expect(d.values.model[coded.model]).toBe("SIEMENS Skyra");
    expect(codeRow({ ...row, manufacturer: null, model: null }, d, pending)).toMatchObject({
      manufacturer: 0,
      model: 0,
    });
  });

  it("compare only the label columns", () => {
    const d = emptyDictionary();
    const a = codeRow(row, d, []);
    expect(sameLabels(a, codeRow({ ...row, studyInstanceUid: "9.9" }, d, []))).toBe(true);
    expect(sameLabels(a, codeRow({ ...row, sha256: "c".repeat(64) }, d, []))).toBe(false);
    // Same conditions in another order: another primary condition.
    expect(sameLabels(a, codeRow({ ...row, conditions: ["Disc herniation", "Spinal stenosis"] }, d, []))).toBe(false);
  });

  it("write the label columns between the keys and the synthetic flag", () => {
    expect(INSERT_COLUMNS.slice(0, 3)).toEqual(["datasetId", "studyInstanceUid", "addedIn"]);
    expect(INSERT_COLUMNS.slice(3, -1)).toEqual([...LABEL_FIELDS]);
    expect(INSERT_COLUMNS.at(-1)).toBe("synthetic");
  });
});
