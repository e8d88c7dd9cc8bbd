import { describe, expect, it } from "vitest";
import { commonDir, indexReports } from "./find-reports";
import { indexRenderings } from "./pair-renderings";

describe("indexRenderings", () => {
  it("pairs an image with the JPG beside it, with or without .dcm, ignoring case", () => {
    const idx = indexRenderings([
      "ST000001/SE000001/IM000001.jpg",
      "ST000001/SE000001/im000002.JPG",
      "ST000001/SE000001/IM000003.dcm.jpg",
    ]);
    expect(idx.find("ST000001/SE000001/IM000001")).toBe("ST000001/SE000001/IM000001.jpg");
    expect(idx.find("ST000001/SE000001/IM000002.dcm")).toBe("ST000001/SE000001/im000002.JPG");
    expect(idx.find("ST000001/SE000001/IM000003.dcm")).toBe("ST000001/SE000001/IM000003.dcm.jpg");
    expect(idx.find("ST000001/SE000001/IM000004")).toBeNull();
  });

  it("pairs through a parallel tree when the relative path matches", () => {
    const idx = indexRenderings(["JPG/ST000001/SE000001/IM000001.jpg", "JPG/ST000001/SE000002/IM000001.jpg"]);
    expect(idx.find("DICOM/ST000001/SE000001/IM000001")).toBe("JPG/ST000001/SE000001/IM000001.jpg");
    expect(idx.find("DICOM/ST000001/SE000002/IM000001")).toBe("JPG/ST000001/SE000002/IM000001.jpg");
  });

  it("does not guess when only the file name matches or several renderings fit", () => {
    const idx = indexRenderings(["other/IM000001.jpg", "a/SE000001/IM000001.jpg", "b/SE000001/IM000001.jpg"]);
    expect(idx.find("ST000001/SE000009/IM000001")).toBeNull();
    expect(idx.find("c/SE000001/IM000001")).toBeNull();
  });
});

describe("reports", () => {
  it("finds the nearest PDF at or above the study folder", () => {
    const idx = indexReports([
      "Lumbar_Spine_MRI.pdf",
      "ST000002/Lumbar_Spine_MRI.pdf",
      "ST000003/a.pdf",
      "ST000003/b.pdf",
    ]);
    expect(idx.find("ST000001").key).toBe("Lumbar_Spine_MRI.pdf");
    expect(idx.find("ST000002").key).toBe("ST000002/Lumbar_Spine_MRI.pdf");
    expect(idx.find("ST000003")).toEqual({ key: null, ambiguous: ["ST000003/a.pdf", "ST000003/b.pdf"] });
    expect(indexReports([]).find("x/y").key).toBeNull();
  });

  it("derives a study's folder from its smallest and largest file key", () => {
    expect(commonDir("ST000001/SE000001/IM000001", "ST000001/SE000002/IM000009")).toBe("ST000001");
    expect(commonDir("ST000001/SE000001/IM000001", "ST000001/SE000001/IM000009")).toBe("ST000001/SE000001");
    expect(commonDir("a/b", "a/bc/d")).toBe("a");
    expect(commonDir("IM1", "IM2")).toBe("");
    expect(commonDir("x/IM1", "x/IM1")).toBe("x");
  });
});
