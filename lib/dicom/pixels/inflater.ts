// pako-based inflater for dicom-parser's Deflated Explicit VR LE support, so deflated files parse in browsers too (no zlib there).
import { inflateRaw } from "pako";
import { parseDicom, type DataSet } from "dicom-parser";
import { withPart10Envelope } from "./part10-envelope";

/**
 * dicom-parser `inflater` option: returns the meta header bytes followed by the inflated dataset.
 * Usage: `dicomParser.parseDicom(bytes, { inflater: pakoInflater })`.
 */
export function pakoInflater(bytes: Uint8Array, position: number): Uint8Array {
  const inflated = inflateRaw(bytes.subarray(position));
  const out = new Uint8Array(position + inflated.length);
  out.set(bytes.subarray(0, position), 0);
  out.set(inflated, position);
  return out;
}

/** Parse a Part 10 file with deflate support in every environment. Pixel offsets refer to the returned dataSet.byteArray. */
export function parseDicomWithInflater(bytes: Uint8Array): DataSet {
  return parseDicom(withPart10Envelope(bytes) ?? bytes, { inflater: pakoInflater });
}
