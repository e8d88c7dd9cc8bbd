// Tissue texture and the Gaussian table behind the Rician noise: range, smoothness, determinism and the right moments.
import { describe, expect, it } from "vitest";
import { normalTable, smoothNoise } from "./noise";
import { mulberry32 } from "./rng";

describe("smoothNoise", () => {
  it("fills rows x cols with values in [-1, 1]", () => {
    const n = smoothNoise(30, 50, 7);
    expect(n).toHaveLength(30 * 50);
    for (const x of n) {
      expect(x).toBeGreaterThanOrEqual(-1);
      expect(x).toBeLessThanOrEqual(1);
    }
  });

  it("is the same for a seed and differs between seeds", () => {
    const a = smoothNoise(20, 20, 1);
    expect(smoothNoise(20, 20, 1)).toEqual(a);
    const b = smoothNoise(20, 20, 2);
    expect(a.some((x, k) => x !== b[k])).toBe(true);
  });

  it("passes through its lattice values at the lattice points (one octave, weight 0.65)", () => {
    const rows = 9;
    const cols = 13;
    const cell = 4;
    const n = smoothNoise(rows, cols, 42, [cell]);
    // Rebuild the lattice as the doc describes: one uniform in [-1, 1) per node, row-major, with a spare column.
    const rand = mulberry32(42);
    const gw = Math.ceil(cols / cell) + 2;
    const gh = Math.ceil(rows / cell) + 2;
    const grid = Array.from({ length: gw * gh }, () => rand() * 2 - 1);
    for (let j = 0; j < rows; j += cell)
      for (let i = 0; i < cols; i += cell)
        expect(n[j * cols + i]).toBeCloseTo(0.65 * grid[(j / cell) * gw + i / cell]!, 6);
    // Between two nodes of a row the smoothstep blend stays between them.
    const a = n[0]!;
    const b = n[cell]!;
    for (let i = 1; i < cell; i++) {
      expect(n[i]).toBeGreaterThanOrEqual(Math.min(a, b) - 1e-6);
      expect(n[i]).toBeLessThanOrEqual(Math.max(a, b) + 1e-6);
    }
  });

  it("is smooth: neighbouring pixels differ by at most the lattice slope", () => {
    // Node values differ by < 2 and the smoothstep slope is at most 1.5 per cell: 0.65*3/36 + 0.35*3/12 < 0.15.
    const rows = 48;
    const cols = 64;
    const n = smoothNoise(rows, cols, 3);
    let max = 0;
    for (let j = 0; j < rows; j++)
      for (let i = 0; i + 1 < cols; i++) max = Math.max(max, Math.abs(n[j * cols + i + 1]! - n[j * cols + i]!));
    for (let j = 0; j + 1 < rows; j++)
      for (let i = 0; i < cols; i++) max = Math.max(max, Math.abs(n[(j + 1) * cols + i]! - n[j * cols + i]!));
    expect(max).toBeLessThan(0.15);
    expect(max).toBeGreaterThan(0);
  });
});

describe("normalTable", () => {
  const t = normalTable();

  it("holds 65536 samples, computed once", () => {
    expect(t).toHaveLength(65536);
    expect(normalTable()).toBe(t);
    expect(t.every(Number.isFinite)).toBe(true);
  });

  it("has the moments and spread of a standard normal", () => {
    let sum = 0;
    let sq = 0;
    let within1 = 0;
    let within2 = 0;
    for (const x of t) {
      sum += x;
      sq += x * x;
      if (Math.abs(x) < 1) within1++;
      if (Math.abs(x) < 2) within2++;
    }
    const mean = sum / t.length;
    // Standard error of the mean is 1/256; of the variance about sqrt(2/65536) = 0.0055.
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(sq / t.length - mean * mean).toBeGreaterThan(0.97);
    expect(sq / t.length - mean * mean).toBeLessThan(1.03);
    expect(within1 / t.length).toBeCloseTo(0.6827, 1);
    expect(within2 / t.length).toBeCloseTo(0.9545, 1);
  });
});
