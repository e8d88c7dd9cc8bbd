// Files that lack the preamble and DICM but start with the file meta get the envelope back; anything else is left.
import { parseDicom } from "dicom-parser";
import { describe, expect, it } from "vitest";
import { buildPart10, mrDataset } from "../test-utils/build-dicom";
import { withPart10Envelope } from "./part10-envelope";

describe("withPart10Envelope", () => {
  it("restores the envelope of a file written without one, so it parses as the original", () => {
    const file = buildPart10(mrDataset());
    const bare = file.slice(132);
    const restored = withPart10Envelope(bare)!;
    expect(restored).toEqual(file.map((b, i) => (i < 128 ? 0 : b)));
    expect(parseDicom(restored).string("x00080060")).toBe(parseDicom(file).string("x00080060"));
  });

  it("leaves a Part 10 file, a data set without file meta and short input alone", () => {
    const file = buildPart10(mrDataset());
    expect(withPart10Envelope(file)).toBeNull();
    expect(withPart10Envelope(new Uint8Array([8, 0, 0x60, 0, 0x43, 0x53, 2, 0]))).toBeNull();
    // Group 0002 in implicit VR (no VR letters) is not taken for file meta.
    expect(withPart10Envelope(new Uint8Array([2, 0, 0x10, 0, 20, 0, 0, 0]))).toBeNull();
    expect(withPart10Envelope(new Uint8Array([2, 0, 0x10]))).toBeNull();
  });
});
