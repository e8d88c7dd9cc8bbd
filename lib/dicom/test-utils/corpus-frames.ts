// One frame of a shared-corpus file as a codec wrapper sees it (its compressed bytes and the ImageInfo), and the same
// image's samples from an uncompressed copy, for the codec tests. Callers skip when HAS_CORPUS is false.
import type { DataSet } from "dicom-parser";
import { decodeFrame } from "../pixels/decode-frame";
import { readEncapsulatedFrame } from "../pixels/encapsulated-frame";
import { readImageInfo } from "../pixels/image-info";
import { loadCorpusFile } from "../pixels/test-corpus";
import { codecForTransferSyntax } from "../pixels/transfer-syntax";
import type { ImageInfo } from "../pixels/types";

export { HAS_CORPUS } from "../pixels/test-corpus";

export interface CorpusFrame {
  dataSet: DataSet;
  info: ImageInfo;
  encoded: Uint8Array;
}

/** Frame `frame` of the corpus file at `rel` (under valid/files/ unless it names its folder). */
export function corpusFrame(rel: string, frame = 0): CorpusFrame {
  const dataSet = loadCorpusFile(rel.includes("/files/") || rel.startsWith("malformed/") ? rel : `valid/files/${rel}`);
  const info = readImageInfo(dataSet);
  const codec = codecForTransferSyntax(info.transferSyntax);
  if (!codec) throw new Error(`${rel}: ${info.transferSyntax} is not a compressed transfer syntax`);
  return { dataSet, info, encoded: readEncapsulatedFrame(dataSet, frame, info.numberOfFrames, codec) };
}

/** Samples of frame `frame` of an uncompressed corpus file, as numbers. */
export async function nativeSamples(rel: string, frame = 0): Promise<number[]> {
  const ds = loadCorpusFile(`valid/files/${rel}`);
  return Array.from((await decodeFrame(ds, ds.byteArray, frame)).pixels);
}

/** Little-endian samples of a codec's output bytes (1, 2 or 4 bytes each, signed or not). */
export function samplesOf(bytes: Uint8Array, bytesPerSample: number, signed = false): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: number[] = [];
  for (let i = 0; i + bytesPerSample <= bytes.length; i += bytesPerSample) {
    if (bytesPerSample === 1) out.push(signed ? view.getInt8(i) : view.getUint8(i));
    else if (bytesPerSample === 2) out.push(signed ? view.getInt16(i, true) : view.getUint16(i, true));
    else out.push(signed ? view.getInt32(i, true) : view.getUint32(i, true));
  }
  return out;
}
