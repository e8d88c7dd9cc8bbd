// Fast y(z) lookup along the spine for the per-pixel soft-tissue sections.

/** Piecewise-linear y(z) through points ordered by decreasing z, clamped, tabulated every 0.5 mm for speed. */
export function zLookup(zs: number[], ys: number[]): (z: number) => number {
  const top = zs[0]!;
  const bottom = zs[zs.length - 1]!;
  const step = 0.5;
  const table = new Float64Array(Math.ceil((top - bottom) / step) + 2);
  for (let k = 0, i = 1; k < table.length; k++) {
    const z = top - k * step;
    while (i < zs.length - 1 && z < zs[i]!) i++;
    const z0 = zs[i - 1]!;
    const z1 = zs[i]!;
    const t = Math.min(1, Math.max(0, (z0 - z) / (z0 - z1)));
    table[k] = ys[i - 1]! + t * (ys[i]! - ys[i - 1]!);
  }
  const last = table.length - 1;
  return (z) => {
    const k = ((top - z) * 2 + 0.5) | 0; // step 0.5 mm; |0 is much cheaper than Math.round here
    return table[k < 0 ? 0 : k > last ? last : k]!;
  };
}
