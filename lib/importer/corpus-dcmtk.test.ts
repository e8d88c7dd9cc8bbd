// Tolerant import, measured against the reference toolkit: every corpus file whose pixels dcmtk reads and decodes
// (dcmdump; dcmdjpeg / dcmdjpls / dcmdrle; dcm2pnm) must be accepted by the importer and decode with the viewer's
// parser and pixel code. What we reject must be something dcmtk cannot decode either (or has no pixels to decode;
// see TOLERATED for the manifest decisions this implies).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeFrame, parseDicomWithInflater } from "../dicom/pixels";
import { expectedVerdict, TOLERATED } from "../dicom/test-utils/corpus-tolerated";
import { inspectFile } from "./inspect-file";
import { CORPUS, HAS_CORPUS, readCorpusManifest } from "./test-utils/corpus-manifest";
import { dcmtkVerdict, dcmtkVersion, HAS_DCMTK, type DcmtkVerdict } from "./test-utils/dcmtk";

const rows = HAS_CORPUS ? readCorpusManifest().filter((r) => !path.basename(r.path).startsWith("DICOMDIR")) : [];
if (HAS_CORPUS && !HAS_DCMTK) throw new Error("the corpus comparison needs dcmtk (apt-get install -y dcmtk)");

async function viewerDecodes(rel: string): Promise<string | null> {
  try {
    const ds = parseDicomWithInflater(new Uint8Array(await readFile(path.join(CORPUS!, rel))));
    await decodeFrame(ds, ds.byteArray, 0);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

describe.skipIf(!HAS_CORPUS)(`importer verdicts against dcmtk (${HAS_DCMTK ? dcmtkVersion() : "absent"})`, () => {
  const verdicts = new Map<string, DcmtkVerdict>();

  it.each(rows.map((r) => [r.path, r] as const))("%s", { timeout: 60_000 }, async (rel, row) => {
    const reference = dcmtkVerdict(path.join(CORPUS!, rel));
    verdicts.set(rel, reference);
    const ours = await inspectFile(CORPUS!, rel);
    if (reference.kind === "decoded") {
      expect(
        ours.kind === "rejected" ? ours.reason : null,
        `dcmtk decodes ${rel} (${reference.transferSyntax}); we must import it`,
      ).toBeNull();
      expect(await viewerDecodes(rel), `the viewer must render ${rel}`).toBeNull();
      // A file the manifest wants rejected but dcmtk decodes is a decision, written down in TOLERATED.
      if (row.expected !== "ok") expect(TOLERATED[rel], `${rel}: document why it is now imported`).toBeDefined();
    }
    // Either way the importer's verdict is the manifest's as the project applies it.
    expect(ours.kind === "rejected" ? "must-reject-cleanly" : "ok", rel).toBe(expectedVerdict(row));
  });

  it("compared a meaningful share of the corpus", () => {
    const kinds = [...verdicts.values()].map((v) => v.kind);
    // 80 files decode in dcmtk here; J2K and HTJ2K files (no dcmtk codec) and header-only files are outside the comparison.
    expect(kinds.filter((k) => k === "decoded").length).toBeGreaterThanOrEqual(70);
    expect(kinds.filter((k) => k === "unreadable").length).toBeGreaterThan(0);
  });
});
