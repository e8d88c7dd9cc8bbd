// Tolerant import: a file that breaks the letter of the standard in a way the reference toolkit reads through
// (summary.tolerated) is accepted when its first frame actually decodes with the viewer's own pixel code; only then
// is it known that its pixels can be read. Files without pixel data have nothing to decode and are accepted.
import type { DataSet } from "dicom-parser";
import { decodeFrame } from "./pixels/decode-frame";
import type { DicomSummary } from "./types";

/** Null when the file is acceptable; else the reason to reject it (the tolerated breaches plus the decoder's error). */
export async function refuseUndecodable(dataSet: DataSet, summary: DicomSummary): Promise<string | null> {
  if (summary.tolerated.length === 0 || !summary.pixelData) return null;
  try {
    await decodeFrame(dataSet, dataSet.byteArray, 0);
    return null;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return `${summary.tolerated.slice(0, 2).join("; ")}; and the pixels cannot be decoded (${why.slice(0, 200)})`;
  }
}
