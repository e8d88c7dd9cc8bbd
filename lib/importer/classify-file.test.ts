import { describe, expect, it } from "vitest";
import { classifyFile } from "./classify-file";

describe("classifyFile", () => {
  it.each([
    ["IM000001", "dicom"],
    ["IM000001.dcm", "dicom"],
    ["image.DICOM", "dicom"],
    ["1.2.840.113619.2.1", "dicom"],
    ["zipMR.gz", "dicom"], // tried, then rejected with a reason: a compressed DICOM is an attempt, not a stray file
    ["DICOMDIR", "dicomdir"],
    ["dicomdir", "dicomdir"],
    ["DICOMDIR-implicit", "dicom"], // named like one, so it is checked; the checker recognises directory files
    ["IM000001.jpg", "jpg"],
    ["IM000001.JPEG", "jpg"],
    ["Lumbar_Spine_MRI.pdf", "pdf"],
    ["Spine_MRI_conditions.csv", "csv"],
    [".DS_Store", "ignored"],
    ["._IM000001", "ignored"],
    ["README", "ignored"],
    ["README.md", "ignored"],
    ["LICENSE", "ignored"],
    ["Thumbs.db", "ignored"],
    ["MANIFEST.tsv", "ignored"],
    ["notes.txt", "ignored"],
  ])("%s is %s", (name, kind) => {
    expect(classifyFile(name)).toBe(kind);
  });
});
