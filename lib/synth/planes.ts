// Slice geometry of the two series (sagittal along x, axial blocks angled to each lumbar disc) in DICOM terms.
import type { Vec3 } from "./shapes";
import { LUMBAR_DISCS, type Spine } from "./spine-curve";

export interface Slice {
  rows: number;
  cols: number;
  /** mm between pixel centres (square pixels). */
  spacing: number;
  /** ImageOrientationPatient: direction of increasing column index, then of increasing row index. */
  rowDir: Vec3;
  colDir: Vec3;
  /** ImagePositionPatient: centre of the first (top-left) pixel. */
  position: Vec3;
  normal: Vec3;
  /** Disc level an axial slice was planned on. */
  label?: string;
}

export interface SeriesPlan {
  kind: "sag" | "tra";
  seriesNumber: number;
  description: string;
  protocolName: string;
  thickness: number;
  spacingBetween: number;
  repetitionTime: number;
  echoTime: number;
  echoTrainLength: number;
  phaseDirection: "ROW" | "COL";
  slices: Slice[];
}

export const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];

function slice(center: Vec3, rowDir: Vec3, colDir: Vec3, matrix: number, fov: number, label?: string): Slice {
  const spacing = fov / matrix;
  const half = fov / 2 - spacing / 2;
  const position: Vec3 = [0, 1, 2].map((k) => center[k]! - rowDir[k]! * half - colDir[k]! * half) as unknown as Vec3;
  return { rows: matrix, cols: matrix, spacing, rowDir, colDir, position, normal: cross(rowDir, colDir), label };
}

/** Patient point to fractional (column, row) pixel coordinates of a slice; also the distance off the plane. */
export function toPixel(s: Slice, p: Vec3): { col: number; row: number; off: number } {
  const d: Vec3 = [p[0] - s.position[0], p[1] - s.position[1], p[2] - s.position[2]];
  return { col: dot(d, s.rowDir) / s.spacing, row: dot(d, s.colDir) / s.spacing, off: dot(d, s.normal) };
}

export interface PlanOptions {
  sagMatrix?: number;
  traMatrix?: number;
  sagSlices?: number;
  traPerDisc?: number;
}

export function sagittalPlan(spine: Spine, o: PlanOptions = {}): SeriesPlan {
  const n = o.sagSlices ?? 15;
  const matrix = o.sagMatrix ?? 384;
  const thickness = 4;
  const step = 4.4;
  const l3 = spine.vertebra("L3").frame.origin;
  const zTop = spine.vertebra("T12").frame.origin[2];
  const zBottom = spine.vertebra("S3").frame.origin[2];
  const slices: Slice[] = [];
  for (let k = 0; k < n; k++) {
    // Right (-x) to left (+x), as the scanner numbers sagittal slices.
    const x = (k - (n - 1) / 2) * step;
    slices.push(slice([x, l3[1] + 15, (zTop + zBottom) / 2], [0, 1, 0], [0, 0, -1], matrix, 300));
  }
  return {
    kind: "sag",
    seriesNumber: 1,
    description: "T2W_TSE SAG",
    protocolName: "SYNTHETIC T2W_TSE SAG",
    thickness,
    spacingBetween: step,
    repetitionTime: 3500,
    echoTime: 110,
    echoTrainLength: 17,
    phaseDirection: "ROW",
    slices,
  };
}

export function axialPlan(spine: Spine, o: PlanOptions = {}): SeriesPlan {
  const perDisc = o.traPerDisc ?? 4;
  const matrix = o.traMatrix ?? 384;
  const step = 3.3;
  const slices: Slice[] = [];
  for (const level of LUMBAR_DISCS) {
    const f = spine.disc(level).frame;
    const colDir: Vec3 = [0, f.post[0], f.post[1]];
    for (let m = 0; m < perDisc; m++) {
      // Cranial to caudal within each block, centred a little behind the disc to include canal and muscles.
      const off = ((perDisc - 1) / 2 - m) * step;
      const center: Vec3 = [
        0,
        f.origin[1] + f.post[0] * 22 + f.up[0] * off,
        f.origin[2] + f.post[1] * 22 + f.up[1] * off,
      ];
      slices.push(slice(center, [1, 0, 0], colDir, matrix, 200, level));
    }
  }
  return {
    kind: "tra",
    seriesNumber: 2,
    description: "T2W_TSE TRA",
    protocolName: "SYNTHETIC T2W_TSE TRA",
    thickness: 3,
    spacingBetween: step,
    repetitionTime: 3800,
    echoTime: 120,
    echoTrainLength: 15,
    phaseDirection: "COL",
    slices,
  };
}
