// Packs RGBA into one uint32 in the platform's byte order, so render loops write a pixel with one store.
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([0x01020304]).buffer)[0] === 0x04;

/** Opaque pixel (alpha 255) from 0..255 channel values (already rounded/clamped). */
export const packRgb: (r: number, g: number, b: number) => number = LITTLE_ENDIAN
  ? (r, g, b) => (0xff000000 | (b << 16) | (g << 8) | r) >>> 0
  : (r, g, b) => ((r << 24) | (g << 16) | (b << 8) | 0xff) >>> 0;

export function clampByte(v: number): number {
  return v <= 0 ? 0 : v >= 255 ? 255 : Math.round(v);
}
