// DICOM RLE Lossless (PS3.5 Annex G) decoder: hand-written because it is tiny and no maintained standalone npm package decodes the DICOM variant.
import { PixelDecodeError, type ImageInfo } from "../types";
import type { RawFrame } from "./types";

/** Decodes one PackBits segment into `out` at `start`, stepping `stride` bytes per decoded byte. */
function decodeSegment(
  src: Uint8Array,
  from: number,
  to: number,
  out: Uint8Array,
  start: number,
  stride: number,
  count: number,
): void {
  let i = from;
  let n = 0;
  while (i < to && n < count) {
    const header = src[i++]!;
    if (header < 128) {
      // literal run of header+1 bytes
      const end = Math.min(i + header + 1, to);
      for (; i < end && n < count; i++, n++) out[start + n * stride] = src[i]!;
    } else if (header > 128) {
      // replicate next byte 257-header times; 128 is a no-op
      const value = src[i++]!;
      for (let k = 257 - header; k > 0 && n < count; k--, n++) out[start + n * stride] = value;
    }
  }
  if (n < count) throw new PixelDecodeError(`RLE segment decoded ${n} of ${count} bytes`);
}

export async function decodeRle(encoded: Uint8Array, info: ImageInfo): Promise<RawFrame> {
  if (info.bitsAllocated === 1) throw new PixelDecodeError("RLE with BitsAllocated 1 is not supported");
  const bytesPerSample = Math.ceil(info.bitsAllocated / 8) as 1 | 2 | 4;
  const spp = info.samplesPerPixel;
  const pixels = info.rows * info.columns;
  if (encoded.length < 64) throw new PixelDecodeError("RLE frame shorter than its 64-byte header");
  const view = new DataView(encoded.buffer, encoded.byteOffset, 64);
  const segments = view.getUint32(0, true);
  if (segments !== spp * bytesPerSample)
    throw new PixelDecodeError(`RLE header has ${segments} segments; expected ${spp * bytesPerSample}`);
  const out = new Uint8Array(pixels * spp * bytesPerSample);
  const stride = spp * bytesPerSample;
  for (let s = 0; s < segments; s++) {
    const from = view.getUint32(4 + s * 4, true);
    const to = s + 1 < segments ? view.getUint32(8 + s * 4, true) : encoded.length;
    if (from < 64 || from > to || to > encoded.length)
      throw new PixelDecodeError(`RLE segment ${s + 1} offsets are out of range`);
    // Segments run sample by sample, most significant byte first; output is little-endian interleaved.
    const sample = Math.floor(s / bytesPerSample);
    const byteInSample = bytesPerSample - 1 - (s % bytesPerSample);
    decodeSegment(encoded, from, to, out, sample * bytesPerSample + byteInSample, stride, pixels);
  }
  return {
    bytes: out,
    bytesPerSample,
    width: info.columns,
    height: info.rows,
    components: spp,
    planarConfiguration: 0,
  };
}
