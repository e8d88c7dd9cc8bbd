// Fast baseline greyscale JPEG encoder (one component, standard Annex K tables, AAN float DCT).
// jpeg-js encodes three components and is GC-bound (~190 ms for 384x384 here); this takes a few ms.

const STD_Q = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51, 87, 80, 62,
  18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];
/** Natural (row-major) index -> zig-zag position. */
const ZIGZAG = [
  0, 1, 5, 6, 14, 15, 27, 28, 2, 4, 7, 13, 16, 26, 29, 42, 3, 8, 12, 17, 25, 30, 41, 43, 9, 11, 18, 24, 31, 40, 44, 53,
  10, 19, 23, 32, 39, 45, 52, 54, 20, 22, 33, 38, 46, 51, 55, 60, 21, 34, 37, 47, 50, 56, 59, 61, 35, 36, 48, 49, 57, 58, 62, 63,
];
const DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
const DC_VALS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const AC_BITS = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d];
const AC_VALS = Array.from(Buffer.from(
  "01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9fa",
  "hex",
));
const AAN = [1, 1.387039845, 1.306562965, 1.175875602, 1, 0.785694958, 0.5411961, 0.275899379];

/** Canonical Huffman codes (code, length) per symbol from the BITS/HUFFVAL lists (Annex C). */
function huffman(bits: number[], vals: number[]): { code: Uint16Array; size: Uint8Array } {
  const code = new Uint16Array(256);
  const size = new Uint8Array(256);
  let c = 0;
  let k = 0;
  for (let len = 1; len <= 16; len++) {
    for (let n = 0; n < bits[len - 1]!; n++, k++) {
      code[vals[k]!] = c++;
      size[vals[k]!] = len;
    }
    c <<= 1;
  }
  return { code, size };
}
const DC = huffman(DC_BITS, DC_VALS);
const AC = huffman(AC_BITS, AC_VALS);

/** In-place 8-point AAN DCT over data[off + k*stride]. */
function dct8(d: Float64Array, off: number, s: number): void {
  const t0 = d[off]! + d[off + 7 * s]!, t7 = d[off]! - d[off + 7 * s]!;
  const t1 = d[off + s]! + d[off + 6 * s]!, t6 = d[off + s]! - d[off + 6 * s]!;
  const t2 = d[off + 2 * s]! + d[off + 5 * s]!, t5 = d[off + 2 * s]! - d[off + 5 * s]!;
  const t3 = d[off + 3 * s]! + d[off + 4 * s]!, t4 = d[off + 3 * s]! - d[off + 4 * s]!;
  const a10 = t0 + t3, a13 = t0 - t3, a11 = t1 + t2, a12 = t1 - t2;
  d[off] = a10 + a11;
  d[off + 4 * s] = a10 - a11;
  const z1 = (a12 + a13) * 0.707106781;
  d[off + 2 * s] = a13 + z1;
  d[off + 6 * s] = a13 - z1;
  const b10 = t4 + t5, b11 = t5 + t6, b12 = t6 + t7;
  const z5 = (b10 - b12) * 0.382683433;
  const z2 = 0.5411961 * b10 + z5, z4 = 1.306562965 * b12 + z5, z3 = b11 * 0.707106781;
  const z11 = t7 + z3, z13 = t7 - z3;
  d[off + 5 * s] = z13 + z2;
  d[off + 3 * s] = z13 - z2;
  d[off + s] = z11 + z4;
  d[off + 7 * s] = z11 - z4;
}

export function encodeGrayJpeg(grey: Uint8Array, width: number, height: number, quality = 80): Buffer {
  const sf = quality < 50 ? Math.floor(5000 / quality) : 200 - quality * 2;
  const q = STD_Q.map((v) => Math.min(255, Math.max(1, Math.floor((v * sf + 50) / 100))));
  const fdtbl = new Float64Array(64);
  for (let k = 0; k < 64; k++) fdtbl[k] = 1 / (q[k]! * AAN[k >> 3]! * AAN[k & 7]! * 8);
  let out = Buffer.alloc(Math.max(4096, width * height));
  let pos = 0;
  const byte = (b: number) => {
    if (pos >= out.length) out = Buffer.concat([out, Buffer.alloc(out.length)]);
    out[pos++] = b;
  };
  const word = (w: number) => (byte(w >> 8), byte(w & 255));
  const header: number[] = [0xffd8, 0xffe0, 16, 0x4a46, 0x4946, 0x0001, 0x0100, 0x0001, 0x0001, 0x0000];
  header.forEach(word);
  word(0xffdb), word(67), byte(0);
  for (let i = 0; i < 64; i++) byte(q[ZIGZAG.indexOf(i)]!);
  word(0xffc0), word(11), byte(8), word(height), word(width), byte(1), byte(1), byte(0x11), byte(0);
  word(0xffc4), word(2 + 17 + DC_VALS.length + 17 + AC_VALS.length);
  for (const [cls, bits, vals] of [[0x00, DC_BITS, DC_VALS], [0x10, AC_BITS, AC_VALS]] as const) {
    byte(cls), bits.forEach(byte), vals.forEach(byte);
  }
  word(0xffda), word(8), byte(1), byte(1), byte(0), byte(0), byte(63), byte(0);
  let acc = 0;
  let nbits = 0;
  const bits = (value: number, len: number) => {
    acc = (acc << len) | (value & ((1 << len) - 1));
    nbits += len;
    while (nbits >= 8) {
      const b = (acc >> (nbits - 8)) & 255;
      byte(b);
      if (b === 255) byte(0);
      nbits -= 8;
    }
    acc &= (1 << nbits) - 1;
  };
  const block = new Float64Array(64);
  const zz = new Int32Array(64);
  let prevDc = 0;
  for (let by = 0; by < height; by += 8) {
    for (let bx = 0; bx < width; bx += 8) {
      for (let k = 0; k < 64; k++) {
        const y = Math.min(height - 1, by + (k >> 3));
        const x = Math.min(width - 1, bx + (k & 7));
        block[k] = grey[y * width + x]! - 128;
      }
      for (let r = 0; r < 8; r++) dct8(block, r * 8, 1);
      for (let c = 0; c < 8; c++) dct8(block, c, 8);
      for (let k = 0; k < 64; k++) zz[ZIGZAG[k]!] = Math.round(block[k]! * fdtbl[k]!);
      const diff = zz[0]! - prevDc;
      prevDc = zz[0]!;
      const dcCat = diff === 0 ? 0 : 32 - Math.clz32(Math.abs(diff));
      bits(DC.code[dcCat]!, DC.size[dcCat]!);
      if (dcCat) bits(diff < 0 ? diff - 1 : diff, dcCat);
      let last = 63;
      while (last > 0 && zz[last] === 0) last--;
      let run = 0;
      for (let k = 1; k <= last; k++) {
        const v = zz[k]!;
        if (v === 0) {
          run++;
          continue;
        }
        for (; run > 15; run -= 16) bits(AC.code[0xf0]!, AC.size[0xf0]!);
        const cat = 32 - Math.clz32(Math.abs(v));
        const sym = (run << 4) | cat;
        bits(AC.code[sym]!, AC.size[sym]!);
        bits(v < 0 ? v - 1 : v, cat);
        run = 0;
      }
      if (last < 63) bits(AC.code[0]!, AC.size[0]!);
    }
  }
  if (nbits > 0) bits(0x7f, 8 - nbits);
  word(0xffd9);
  return out.subarray(0, pos);
}
