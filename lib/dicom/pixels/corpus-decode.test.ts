// Every well-formed corpus file with pixel data must decode every frame at the manifest's geometry, whatever its transfer syntax.
import { describe, expect, it } from "vitest";
import { decodeFrame } from "./decode-frame";
import { CORPUS_DIR, HAS_CORPUS, hasPixelData, loadCorpusFile, readManifest } from "./test-corpus";
import { expectedVerdict } from "../test-utils/corpus-tolerated";

const rows = HAS_CORPUS
  ? readManifest().filter((r) => expectedVerdict(r) === "ok" && r.rows !== "" && r.cols !== "")
  : [];

describe.skipIf(!HAS_CORPUS)("corpus decode", () => {
  it("finds the manifest", () => {
    expect(rows.length).toBeGreaterThan(50);
  });

  it.each(rows.map((r) => [r.path, r] as const))("%s", async (_path, row) => {
    const ds = loadCorpusFile(row.path);
    if (!hasPixelData(ds)) {
      console.info(`skip ${row.path}: no Pixel Data element (header-only file)`);
      return;
    }
    const frames = row.frames === "" ? 1 : Number(row.frames);
    for (let f = 0; f < frames; f++) {
      const frame = await decodeFrame(ds, ds.byteArray, f);
      expect(frame.rows).toBe(Number(row.rows));
      expect(frame.columns).toBe(Number(row.cols));
      expect(frame.pixels.length).toBe(frame.rows * frame.columns * frame.samplesPerPixel);
    }
    // One frame past the end must be refused, proving the manifest's frame count is the dataset's.
    await expect(decodeFrame(ds, ds.byteArray, frames)).rejects.toThrow(/out of range/);
  });
});

if (!HAS_CORPUS) console.warn(`DICOM corpus not found at ${CORPUS_DIR}: set DICOM_CORPUS to run corpus tests`);
