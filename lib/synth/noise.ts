// Smooth value noise (tissue texture) and a table of Gaussian samples for Rician MR noise, on typed arrays.
import { mulberry32 } from "./rng";

/** Two-octave value noise in [-1, 1] over a rows x cols image; deterministic from `seed`. */
export function smoothNoise(
  rows: number,
  cols: number,
  seed: number,
  cells: readonly number[] = [36, 12],
): Float32Array {
  const out = new Float32Array(rows * cols);
  const rand = mulberry32(seed);
  let amp = 0.65;
  for (const cell of cells) {
    const gw = Math.ceil(cols / cell) + 2;
    const gh = Math.ceil(rows / cell) + 2;
    const grid = new Float32Array(gw * gh);
    for (let k = 0; k < grid.length; k++) grid[k] = rand() * 2 - 1;
    for (let j = 0; j < rows; j++) {
      const gy = j / cell;
      const iy = Math.floor(gy);
      let fy = gy - iy;
      fy = fy * fy * (3 - 2 * fy);
      const r0 = iy * gw;
      const r1 = r0 + gw;
      for (let i = 0; i < cols; i++) {
        const gx = i / cell;
        const ix = Math.floor(gx);
        let fx = gx - ix;
        fx = fx * fx * (3 - 2 * fx);
        const a = grid[r0 + ix]! + (grid[r0 + ix + 1]! - grid[r0 + ix]!) * fx;
        const b = grid[r1 + ix]! + (grid[r1 + ix + 1]! - grid[r1 + ix]!) * fx;
        out[j * cols + i]! += amp * (a + (b - a) * fy);
      }
    }
    amp = 1 - amp;
  }
  return out;
}

let table: Float32Array | null = null;

/**
 * 64k standard normal samples (Box-Muller, fixed seed), indexed by a fast PRNG in the renderer:
 * plenty for image noise, and ~10x cheaper than log/sin/cos per pixel.
 */
export function normalTable(): Float32Array {
  if (!table) {
    const rand = mulberry32(0x5eed);
    table = new Float32Array(65536);
    for (let k = 0; k < 65536; k += 2) {
      const r = Math.sqrt(-2 * Math.log(1 - rand()));
      const t = 2 * Math.PI * rand();
      table[k] = r * Math.cos(t);
      table[k + 1] = r * Math.sin(t);
    }
  }
  return table;
}
