import { describe, expect, it } from "vitest";
import type { LabelRow } from "./parse-labels";
import { parseLabelsText } from "./parse-labels";
import { LABEL_HEADERS, labelCells } from "./write-labels";

const known: LabelRow = {
  studyInstanceUid: "1.2.826.0.1.3680043.8.498.1",
  conditions: ["Disc herniation", "Spinal stenosis"],
  method: "MRI 1.5T",
  sequences: ["SAG T2", "AX T2"],
  sex: "F",
  age: 47,
  race: "Asian",
  manufacturer: "Philips",
  model: "Intera",
  fieldStrength: 1500,
  studyYear: 2021,
  seriesCount: 3,
  instanceCount: 60,
  sizeBytes: 123456,
  objectKey: "studies/1.zip",
  sha256: "a".repeat(64),
};
const unknowns: LabelRow = {
  ...known,
  studyInstanceUid: "1.2.826.0.1.3680043.8.498.2",
  sex: "U",
  age: -1,
  race: null,
  manufacturer: null,
  model: null,
  fieldStrength: 0,
};

describe("labelCells", () => {
  it("writes what the parser reads back, unknowns as empty cells", async () => {
    expect(labelCells(unknowns).filter((c) => c === "")).toHaveLength(6);
    const csv = [LABEL_HEADERS, labelCells(known), labelCells(unknowns)].map((r) => r.join(",")).join("\n") + "\n";
    const rows: LabelRow[] = [];
    await parseLabelsText(csv, (r) => rows.push(r));
    expect(rows).toEqual([known, unknowns]);
  });

  it("puts each cell under its own header", () => {
    const cells = labelCells(known);
    expect(cells).toHaveLength(LABEL_HEADERS.length);
    expect(cells[LABEL_HEADERS.indexOf("field_strength")]).toBe("1.5");
    expect(cells[LABEL_HEADERS.indexOf("sex")]).toBe("F");
  });
});
