import { describe, expect, it } from "vitest";
import type { DecodedSlice } from "../decode/protocol";
import { deriveSliceState } from "./state";

const slice = (color = false) =>
  ({
    color,
    values: { defaultWindow: { center: 600, width: 1200 }, range: { min: 0, max: 1000 }, integer: true },
    metadata: [{ keyword: "Modality", label: "Modality", value: "MR" }],
    transferSyntax: "1.2.840.10008.1.2.1",
  }) as unknown as DecodedSlice;

describe("deriveSliceState", () => {
  it("shows a decoded greyscale slice with the mode's window and its metadata", () => {
    const d = deriveSliceState(
      { windowMode: { kind: "preset", id: "t2-spine" } },
      { state: "ready", slice: slice() },
      true,
    );
    expect(d).toMatchObject({
      source: "dicom",
      window: { center: 550, width: 1100 },
      fallbackReason: null,
      transferSyntax: "1.2.840.10008.1.2.1",
    });
    expect(d.metadata).toHaveLength(1);
  });
  it("has no window for colour slices", () => {
    expect(
      deriveSliceState({ windowMode: { kind: "file" } }, { state: "ready", slice: slice(true) }, false).window,
    ).toBeNull();
  });
  it("falls back to the JPG with the reason and the parsed metadata when decoding failed", () => {
    const d = deriveSliceState(
      { windowMode: { kind: "file" } },
      { state: "failed", error: "bad codestream", metadata: [] },
      true,
    );
    expect(d).toMatchObject({ source: "jpg", fallbackReason: "bad codestream", window: null });
  });
  it("shows the JPG while loading and nothing before it has loaded", () => {
    expect(deriveSliceState({ windowMode: { kind: "file" } }, { state: "loading" }, true).source).toBe("jpg");
    expect(deriveSliceState({ windowMode: { kind: "file" } }, undefined, false).source).toBe("none");
  });
});
