import { describe, expect, it } from "vitest";
import { isPreviewDicomUrl, previewUrls } from "./urls";

describe("isPreviewDicomUrl", () => {
  it("recognises what previewUrls.dicom builds, ids with escaped characters too", () => {
    expect(isPreviewDicomUrl(previewUrls.dicom("cmx26r5gv0815"))).toBe(true);
    expect(isPreviewDicomUrl(previewUrls.dicom("a/b c"))).toBe(true);
  });

  it("refuses the other preview files and paths that only look alike", () => {
    expect(isPreviewDicomUrl(previewUrls.jpg("x"))).toBe(false);
    expect(isPreviewDicomUrl(previewUrls.report("x"))).toBe(false);
    expect(isPreviewDicomUrl("/api/preview/instances//dicom")).toBe(false);
    expect(isPreviewDicomUrl("/api/preview/instances/a/b/dicom")).toBe(false);
    expect(isPreviewDicomUrl("/elsewhere/api/preview/instances/x/dicom")).toBe(false);
  });
});
