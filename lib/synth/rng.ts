// Seeded PRNG and hashing so a pack is byte-identical for the same seed (idempotent demo data).
import { createHash } from "node:crypto";

/** 32-bit hash of a string (FNV-1a), used to turn text seeds and labels into PRNG seeds. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Small fast PRNG (mulberry32). Returns a function yielding floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rng {
  next(): number;
  range(min: number, max: number): number;
  int(min: number, maxInclusive: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** A PRNG for one named purpose ("study 3 phantom") derived from the pack seed. */
export function makeRng(seed: string | number, label: string): Rng {
  const next = mulberry32(hash32(`${seed}|${label}`));
  return {
    next,
    range: (min, max) => min + (max - min) * next(),
    int: (min, maxInclusive) => min + Math.floor(next() * (maxInclusive - min + 1)),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error("pick from empty list");
      return item;
    },
    chance: (p) => next() < p,
  };
}

// RFC 4122 URL namespace; any fixed namespace works, this one is well known.
const NAMESPACE = Buffer.from("6ba7b8119dad11d180b400c04fd430c8", "hex");

/**
 * Deterministic DICOM UID under the 2.25 root: a name-based (version 5) UUID of `seed|name`,
 * written as its 128-bit unsigned integer (PS3.5 B.2). At most 44 characters, so always <= 64.
 */
export function uidFor(seed: string | number, name: string): string {
  const digest = createHash("sha1").update(NAMESPACE).update(`lumbar-synth|${seed}|${name}`).digest();
  const bytes = Buffer.from(digest.subarray(0, 16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  return `2.25.${BigInt(`0x${bytes.toString("hex")}`).toString(10)}`;
}
