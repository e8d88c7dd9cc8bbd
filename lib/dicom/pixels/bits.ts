// Byte-level helpers (endianness, containers, stored-bit masking) shared by native and codec paths so both yield identical values.
import type { PixelArray } from "./types";

/** Reverse byte order in place for every `unit`-byte group (big endian <-> little endian). */
export function swapBytes(bytes: Uint8Array, unit: number): void {
  if (unit < 2) return;
  const end = bytes.length - (bytes.length % unit);
  for (let i = 0; i < end; i += unit) {
    for (let a = i, b = i + unit - 1; a < b; a++, b--) {
      const t = bytes[a]!;
      bytes[a] = bytes[b]!;
      bytes[b] = t;
    }
  }
}

/** A fresh typed array of the container type for these bits/sign over a copy of little-endian `bytes`. */
export function samplesFromBytes(bytes: Uint8Array, bitsAllocated: number, signed: boolean, count: number): PixelArray {
  const size = bitsAllocated <= 8 ? 1 : bitsAllocated <= 16 ? 2 : 4;
  const buffer = new ArrayBuffer(count * size);
  new Uint8Array(buffer).set(bytes.subarray(0, Math.min(bytes.length, count * size)));
  if (size === 1) return signed ? new Int8Array(buffer) : new Uint8Array(buffer);
  if (size === 2) return signed ? new Int16Array(buffer) : new Uint16Array(buffer);
  return signed ? new Int32Array(buffer) : new Uint32Array(buffer);
}

/** Copy samples into the container type for bitsAllocated/sign (used when a codec's container differs). */
export function convertContainer(src: PixelArray, bitsAllocated: number, signed: boolean): PixelArray {
  const size = bitsAllocated <= 8 ? 1 : bitsAllocated <= 16 ? 2 : 4;
  const Ctor =
    size === 1
      ? signed
        ? Int8Array
        : Uint8Array
      : size === 2
        ? signed
          ? Int16Array
          : Uint16Array
        : signed
          ? Int32Array
          : Uint32Array;
  if (src instanceof Ctor) return src;
  const out = new Ctor(src.length);
  for (let i = 0; i < src.length; i++) out[i] = src[i]!;
  return out;
}

/**
 * Keep only the BitsStored bits ending at HighBit and sign-extend when signed, in place.
 * Old scanners put overlays in unused high bits, and JPEG/JPEG-LS return signed data as unsigned bit patterns.
 */
export function normalizeStoredBits(px: PixelArray, bitsStored: number, highBit: number, signed: boolean): void {
  if (px instanceof Float32Array) return;
  const container = px.BYTES_PER_ELEMENT * 8;
  if (bitsStored >= container || bitsStored <= 0) return;
  const shift = Math.max(0, highBit + 1 - bitsStored);
  const mask = (1 << bitsStored) - 1;
  const ext = 32 - bitsStored;
  const n = px.length;
  if (signed) {
    for (let i = 0; i < n; i++) px[i] = (((px[i]! >> shift) & mask) << ext) >> ext;
  } else {
    for (let i = 0; i < n; i++) px[i] = (px[i]! >>> shift) & mask;
  }
}
