// Pairs each DICOM file with its JPG rendering: IM000001 <-> IM000001.jpg (or IM000001.dcm.jpg) in the same folder, or
// the same relative path in a parallel tree (jpg/ST000001/SE000001/IM000001.jpg). Names compare case-insensitively.

/** Parallel-tree matches need at least folder + file to agree, so IM000001 never pairs with another series' image. */
const MIN_SUFFIX = 2;
const MAX_SUFFIX = 4;

const stripExt = (rel: string, exts: RegExp) => rel.replace(exts, "");
const JPG_EXT = /\.(jpe?g)$/i;
const DICOM_EXT = /\.(dcm|dicom)$/i;

export interface RenderingIndex {
  /** Relative path of the rendering of the DICOM file `rel`, or null. */
  find(rel: string): string | null;
}

export function indexRenderings(jpgs: string[]): RenderingIndex {
  const exact = new Map<string, string>();
  const bySuffix = new Map<string, string[]>();
  for (const jpg of jpgs) {
    const stem = stripExt(jpg, JPG_EXT).toLowerCase();
    if (!exact.has(stem)) exact.set(stem, jpg);
    const parts = stem.split("/");
    for (let k = MIN_SUFFIX; k <= Math.min(MAX_SUFFIX, parts.length); k++) {
      const key = parts.slice(-k).join("/");
      const list = bySuffix.get(key);
      if (list) list.push(jpg);
      else bySuffix.set(key, [jpg]);
    }
  }

  return {
    find(rel) {
      const full = rel.toLowerCase();
      const stems = DICOM_EXT.test(full) ? [full, stripExt(full, DICOM_EXT)] : [full];
      for (const stem of stems) {
        const hit = exact.get(stem);
        if (hit) return hit;
      }
      for (const stem of stems) {
        const parts = stem.split("/");
        for (let k = Math.min(MAX_SUFFIX, parts.length); k >= MIN_SUFFIX; k--) {
          const hits = bySuffix.get(parts.slice(-k).join("/"));
          if (hits?.length === 1) return hits[0] ?? null;
          if (hits && hits.length > 1) break; // ambiguous here means more ambiguous with fewer components
        }
      }
      return null;
    },
  };
}
