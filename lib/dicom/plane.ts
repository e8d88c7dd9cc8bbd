// Derives the anatomical plane of a slice from ImageOrientationPatient, for series labels ("sagittal T2", "axial") and filters.

export type AnatomicalPlane = "sagittal" | "coronal" | "axial" | "oblique";

export interface PlaneInfo {
  plane: AnatomicalPlane;
  /** The closest of sagittal / coronal / axial, also for oblique slices. */
  nearest: Exclude<AnatomicalPlane, "oblique">;
  /** Angle in degrees between the slice normal and the nearest patient axis. */
  tiltDegrees: number;
  /** Unit slice normal (row x column) in patient coordinates (LPS). */
  normal: [number, number, number];
}

/** Slices tilted more than this from the nearest axis are "oblique"; lumbar axials angled along a disc stay "axial". */
export const DEFAULT_MAX_TILT_DEGREES = 30;

const NEAREST: PlaneInfo["nearest"][] = ["sagittal", "coronal", "axial"]; // normal along x (L-R), y (A-P), z (S-I)

/**
 * Plane of a slice from the six direction cosines of ImageOrientationPatient (row x,y,z then column x,y,z).
 * Returns null for missing, non-finite, zero-length or parallel direction vectors.
 */
export function planeInfo(
  iop: readonly number[] | null | undefined,
  maxTiltDegrees = DEFAULT_MAX_TILT_DEGREES,
): PlaneInfo | null {
  if (!iop || iop.length < 6) return null;
  const [rx, ry, rz, cx, cy, cz] = iop as [number, number, number, number, number, number];
  if (![rx, ry, rz, cx, cy, cz].every(Number.isFinite)) return null;
  const nx = ry * cz - rz * cy;
  const ny = rz * cx - rx * cz;
  const nz = rx * cy - ry * cx;
  const len = Math.hypot(nx, ny, nz);
  if (!(len > 1e-6)) return null;
  const normal: [number, number, number] = [nx / len, ny / len, nz / len];
  const abs = normal.map(Math.abs);
  let axis = 0;
  for (let i = 1; i < 3; i++) if ((abs[i] ?? 0) > (abs[axis] ?? 0)) axis = i;
  const tiltDegrees = (Math.acos(Math.min(1, abs[axis] ?? 0)) * 180) / Math.PI;
  const nearest = NEAREST[axis] ?? "axial";
  return { plane: tiltDegrees > maxTiltDegrees ? "oblique" : nearest, nearest, tiltDegrees, normal };
}

/** Just the plane name, or null when the orientation is unusable. */
export function planeFromOrientation(
  iop: readonly number[] | null | undefined,
  maxTiltDegrees = DEFAULT_MAX_TILT_DEGREES,
): AnatomicalPlane | null {
  return planeInfo(iop, maxTiltDegrees)?.plane ?? null;
}
