// Deterministic input mutation for the fuzzer: case i of a run is the same bytes wherever it is generated (worker or
// main process, which regenerates a failing input to save it).
import { concatBytes } from "@/lib/bytes";
import { mulberry32 } from "@/lib/synth/rng";

/** A per-case seed from the run seed, the input kind and the case number. */
export function caseSeed(runSeed: number, kind: string, i: number): number {
  let h = (runSeed ^ 0x9e3779b9) >>> 0;
  for (const c of `${kind}:${i}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

const INTERESTING_32 = [
  0, 1, 0x7f, 0x80, 0xff, 0x7fff, 0x8000, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff,
];
const INTERESTING_8 = [0, 1, 0x20, 0x2c, 0x3b, 0x22, 0x0a, 0x0d, 0x5c, 0x7f, 0x80, 0xfe, 0xff];

/** One structural edit; `text` favours delimiters, quotes and digits (CSV) over binary values. */
function mutateOnce(b: Uint8Array, r: () => number, text: boolean, other: Uint8Array): Uint8Array {
  const n = b.length;
  const at = (max = n) => Math.floor(r() * Math.max(1, max));
  const pick = r();
  // Weights: bit flips and value edits reach deep checks; truncation and splices mostly hit the early refusals.
  const op =
    pick < 0.3
      ? 0
      : pick < 0.45
        ? 1
        : pick < 0.65
          ? 2
          : pick < 0.7
            ? 3
            : pick < 0.77
              ? 4
              : pick < 0.84
                ? 5
                : pick < 0.91
                  ? 6
                  : pick < 0.94
                    ? 7
                    : 8;
  switch (op) {
    case 0: {
      // flip a few bits
      const out = b.slice();
      for (let k = 1 + at(4); k > 0 && n > 0; k--) out[at()]! ^= 1 << at(8);
      return out;
    }
    case 1: {
      // set a byte to an interesting value
      const out = b.slice();
      if (n > 0) out[at()] = text && r() < 0.7 ? (INTERESTING_8[at(INTERESTING_8.length)] ?? 0) : at(256);
      return out;
    }
    case 2: {
      // overwrite 2 or 4 bytes with a boundary value (element lengths, rows, counts)
      const out = b.slice();
      if (n < 4) return out;
      const v = INTERESTING_32[at(INTERESTING_32.length)]!;
      const p = at(n - 3);
      const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
      if (r() < 0.5) view.setUint16(p, v & 0xffff, r() < 0.8);
      else view.setUint32(p, v >>> 0, r() < 0.8);
      return out;
    }
    case 3: // truncate
      return b.slice(0, at(n + 1));
    case 4: {
      // delete a run
      const p = at();
      return concatBytes(b.subarray(0, p), b.subarray(p + 1 + at(64)));
    }
    case 5: {
      // insert random or interesting bytes
      const p = at(n + 1);
      const ins = Uint8Array.from({ length: 1 + at(16) }, () =>
        text ? (INTERESTING_8[at(INTERESTING_8.length)] ?? 0x30 + at(10)) : at(256),
      );
      return concatBytes(b.subarray(0, p), ins, b.subarray(p));
    }
    case 6: {
      // duplicate a chunk (repeated elements, rows)
      const p = at();
      const len = 1 + at(256);
      const q = at(n + 1);
      return concatBytes(b.subarray(0, q), b.subarray(p, p + len), b.subarray(q));
    }
    case 7: {
      // splice the tail of another seed
      const p = at(n + 1);
      return concatBytes(b.subarray(0, p), other.subarray(Math.floor(r() * other.length)));
    }
    default: {
      // swap two chunks' bytes
      const out = b.slice();
      for (let k = 0; k < 8 && n > 1; k++) {
        const i = at();
        const j = at();
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    }
  }
}

/** Case `seed`'s input: a seed file picked by the rng, with 1 to 4 mutations. */
/** Seeds must be plain Uint8Arrays (a Node Buffer's slice() is a view: editing it would change the seed). */
export function mutate(
  seeds: readonly Uint8Array[],
  seed: number,
  text: boolean,
): { seedIndex: number; bytes: Uint8Array } {
  const r = mulberry32(seed);
  const seedIndex = Math.floor(r() * seeds.length);
  let bytes = seeds[seedIndex]!;
  const other = seeds[Math.floor(r() * seeds.length)]!;
  for (let k = r() < 0.6 ? 1 : 2 + Math.floor(r() * 3); k > 0; k--) bytes = mutateOnce(bytes, r, text, other);
  return { seedIndex, bytes };
}
