// Renders one slice of the phantom to 12-bit MR magnitude pixels (painter's algorithm, coil bias, Rician noise).
import { normalTable, smoothNoise } from "./noise";
import type { Phantom } from "./phantom";
import type { Slice } from "./planes";
import { toPixel } from "./planes";
import { hash32 } from "./rng";
import { toWorld, type Structure } from "./shapes";

export interface RenderedSlice {
  pixels: Uint16Array;
  windowCenter: number;
  windowWidth: number;
}

const SCALE = 1400;
const SIGMA = 16;
const MAX = 4095;

/**
 * `tex` is a smooth texture field of rows x cols (see smoothNoise); share one per series so neighbouring
 * slices have the same tissue texture, as real adjacent slices do, and it is computed once.
 */
export function renderSlice(phantom: Phantom, s: Slice, seedLabel: string, tex?: Float32Array): RenderedSlice {
  const { rows, cols, spacing: sp, rowDir: rd, colDir: cd, position: ipp } = s;
  const acc = new Float32Array(rows * cols);
  tex ??= smoothNoise(rows, cols, hash32(`${seedLabel}|tex`));
  const ew = Math.max(0.6, sp);
  const halfEw = ew / 2;
  // Which structure last visited each pixel: a structure's boxes may overlap, but it paints a pixel once.
  const stamp = new Int32Array(rows * cols);
  const sec = new Float64Array(4);
  let id = 0;
  for (const st of phantom.structures) {
    id++;
    const rects = pixelRects(st, s);
    if (rects.length === 0) continue;
    const f = st.frame;
    // Local coordinates are affine in (i, j): precompute origin and per-pixel steps.
    const px = ipp[0] - f.origin[0],
      py = ipp[1] - f.origin[1],
      pz = ipp[2] - f.origin[2];
    const u0 = px,
      v0 = py * f.post[0] + pz * f.post[1],
      w0 = py * f.up[0] + pz * f.up[1];
    const ui = rd[0] * sp,
      vi = (rd[1] * f.post[0] + rd[2] * f.post[1]) * sp,
      wi = (rd[1] * f.up[0] + rd[2] * f.up[1]) * sp;
    const uj = cd[0] * sp,
      vj = (cd[1] * f.post[0] + cd[2] * f.post[1]) * sp,
      wj = (cd[1] * f.up[0] + cd[2] * f.up[1]) * sp;
    const sdf = st.sdf;
    const layers = st.layers;
    const section = st.section;
    // Tubes: where w is constant along a row (slices with no z in the row direction), one section per row.
    const fast = section !== undefined && wi === 0;
    const mirror = st.mirror === true;
    for (const [i0, i1, j0, j1] of rects)
      for (let j = j0; j <= j1; j++) {
        let u = u0 + j * uj + i0 * ui;
        let v = v0 + j * vj + i0 * vi;
        let w = w0 + j * wj + i0 * wi;
        let idx = j * cols + i0;
        if (fast && !section(w, sec)) continue;
        const cu = sec[0]!,
          cv = sec[1]!,
          iru = 1 / sec[2]!,
          irv = 1 / sec[3]!,
          m = Math.min(sec[2]!, sec[3]!);
        for (let i = i0; i <= i1; i++, idx++, u += ui, v += vi, w += wi) {
          if (stamp[idx] === id) continue;
          stamp[idx] = id;
          let d: number;
          if (fast) {
            const a = ((mirror && u < 0 ? -u : u) - cu) * iru;
            const b = (v - cv) * irv;
            d = (Math.sqrt(a * a + b * b) - 1) * m;
          } else d = sdf(u, v, w);
          if (d >= halfEw) continue;
          for (let l = 0; l < layers.length; l++) {
            const layer = layers[l]!;
            const dd = d + layer.inset;
            if (dd >= halfEw) break;
            const alpha = dd <= -halfEw ? 1 : 0.5 - dd / ew;
            const val = layer.value + layer.tex * tex[idx]!;
            acc[idx] = acc[idx]! + (val - acc[idx]!) * alpha;
          }
        }
      }
  }
  return finish(phantom, s, acc, seedLabel);
}

type Rect = [i0: number, i1: number, j0: number, j1: number];

/** Pixel rectangles covering where a structure's boxes cross the slice (they may overlap). */
function pixelRects(st: Structure, s: Slice): Rect[] {
  const rects: Rect[] = [];
  for (const b of st.boxes) {
    let i0 = Infinity,
      i1 = -Infinity,
      j0 = Infinity,
      j1 = -Infinity,
      above = 0,
      below = 0;
    for (let k = 0; k < 8; k++) {
      const p = toWorld(st.frame, k & 1 ? b.hi[0] : b.lo[0], k & 2 ? b.hi[1] : b.lo[1], k & 4 ? b.hi[2] : b.lo[2]);
      const px = toPixel(s, p);
      if (px.off > 0) above++;
      else below++;
      i0 = Math.min(i0, px.col);
      i1 = Math.max(i1, px.col);
      j0 = Math.min(j0, px.row);
      j1 = Math.max(j1, px.row);
    }
    if (above === 8 || below === 8) continue;
    const r: Rect = [
      Math.max(0, Math.floor(i0)),
      Math.min(s.cols - 1, Math.ceil(i1)),
      Math.max(0, Math.floor(j0)),
      Math.min(s.rows - 1, Math.ceil(j1)),
    ];
    if (r[0] <= r[1] && r[2] <= r[3]) rects.push(r);
  }
  return rects;
}

function finish(phantom: Phantom, s: Slice, acc: Float32Array, seedLabel: string): RenderedSlice {
  const { rows, cols, spacing: sp, rowDir: rd, colDir: cd, position: ipp } = s;
  const pixels = new Uint16Array(rows * cols);
  const normal = normalTable();
  let x = hash32(`${seedLabel}|noise`) | 0 || 1;
  const ref = phantom.spine.vertebra("L3");
  const yRef = ref.frame.origin[1] + ref.canalV;
  const zRef = ref.frame.origin[2];
  const hist = new Uint32Array(MAX + 1);
  // Posterior spine coil: brighter toward the back (sigmoid in y, tabulated per 0.25 mm), weaker far from L3.
  const coil = new Float32Array(3201);
  for (let k = 0; k < coil.length; k++) coil[k] = 0.72 + 0.42 / (1 + Math.exp(-(k / 4 - 400) / 45));
  for (let j = 0; j < rows; j++) {
    let y = ipp[1] + j * cd[1] * sp - yRef;
    let z = ipp[2] + j * cd[2] * sp - zRef;
    const dy = rd[1] * sp;
    const dz = rd[2] * sp;
    for (let i = 0, idx = j * cols; i < cols; i++, idx++, y += dy, z += dz) {
      const k = ((y + 400) * 4 + 0.5) | 0;
      const zz = z / 180;
      const gain = coil[k < 0 ? 0 : k > 3200 ? 3200 : k]! * (1 - 0.25 * zz * zz);
      const signal = acc[idx]! * gain * SCALE;
      // xorshift32 inline: picks two standard normal samples from the shared table.
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      const a = signal + SIGMA * normal[x & 0xffff]!;
      const b = SIGMA * normal[(x >>> 16) & 0xffff]!;
      let val = (Math.sqrt(a * a + b * b) + 0.5) | 0;
      if (val > MAX) val = MAX;
      pixels[idx] = val;
      hist[val]!++;
    }
  }
  // Window from the foreground histogram (above ~3 sigma of the background).
  let total = 0;
  for (let k = 3 * SIGMA; k <= MAX; k++) total += hist[k]!;
  let lo = 0,
    hi = MAX,
    seen = 0;
  for (let k = 3 * SIGMA; k <= MAX; k++) {
    seen += hist[k]!;
    if (lo === 0 && seen >= total * 0.005) lo = k;
    if (seen >= total * 0.995) {
      hi = k;
      break;
    }
  }
  lo = Math.max(0, lo - 40);
  return { pixels, windowCenter: Math.round((lo + hi) / 2), windowWidth: Math.max(1, Math.round(hi - lo)) };
}
