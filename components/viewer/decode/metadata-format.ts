// Image details as people read them: the patient-relative orientation in words, positions and spacings rounded,
// DICOM codes (MONOCHROME2, SE, SK\SP) spelled out, multi-values joined with commas or "×" instead of backslashes.

const AXES = [
  { pos: "left", neg: "right" },
  { pos: "posterior", neg: "anterior" },
  { pos: "head", neg: "feet" },
] as const;
const PLANE_BY_NORMAL = ["Sagittal", "Coronal", "Axial"] as const;

const numbers = (raw: string) => raw.split("\\").map((s) => Number(s.trim()));
const allFinite = (xs: number[]) => xs.length > 0 && xs.every(Number.isFinite);

/** Rounded for reading: at most `digits` decimals, no trailing zeros, a real minus sign. */
export function round(n: number, digits = 2): string {
  const s = n.toLocaleString("en", { maximumFractionDigits: digits, useGrouping: false });
  return s === "-0" ? "0" : s.replace(/^-/, "−");
}

function dominant(v: readonly number[]): { axis: number; sign: number; weight: number } {
  let axis = 0;
  for (let i = 1; i < 3; i++) if (Math.abs(v[i]!) > Math.abs(v[axis]!)) axis = i;
  return { axis, sign: Math.sign(v[axis]!), weight: Math.abs(v[axis]!) };
}

const towards = (v: readonly number[]) => {
  const d = dominant(v);
  return d.sign >= 0 ? AXES[d.axis]!.pos : AXES[d.axis]!.neg;
};

/** ImageOrientationPatient (row and column direction cosines) as "Sagittal (rows towards posterior, columns towards feet)". */
export function describeOrientation(raw: string): string | null {
  const v = numbers(raw);
  if (v.length !== 6 || !allFinite(v)) return null;
  const row = v.slice(0, 3);
  const col = v.slice(3, 6);
  const normal = [
    row[1]! * col[2]! - row[2]! * col[1]!,
    row[2]! * col[0]! - row[0]! * col[2]!,
    row[0]! * col[1]! - row[1]! * col[0]!,
  ];
  const n = dominant(normal);
  if (n.weight === 0) return null;
  // More than ~25° off the nearest anatomical plane: say oblique.
  const plane = n.weight >= 0.9 ? PLANE_BY_NORMAL[n.axis]! : `Oblique, near ${PLANE_BY_NORMAL[n.axis]!.toLowerCase()}`;
  return `${plane} (rows towards ${towards(row)}, columns towards ${towards(col)})`;
}

/** ImagePositionPatient: "x −10.5, y −120, z 80". */
export function describePosition(raw: string): string | null {
  const v = numbers(raw);
  if (v.length !== 3 || !allFinite(v)) return null;
  return `x ${round(v[0]!, 1)}, y ${round(v[1]!, 1)}, z ${round(v[2]!, 1)}`;
}

/** PixelSpacing (row spacing \ column spacing): "0.5 × 0.5". */
export function describeSpacing(raw: string): string | null {
  const v = numbers(raw);
  if (v.length !== 2 || !allFinite(v)) return null;
  return `${round(v[0]!, 3)} × ${round(v[1]!, 3)}`;
}

const PHOTOMETRIC: Record<string, string> = {
  MONOCHROME1: "Greyscale, inverted (MONOCHROME1)",
  MONOCHROME2: "Greyscale (MONOCHROME2)",
  RGB: "Colour (RGB)",
  "PALETTE COLOR": "Palette colour",
  YBR_FULL: "Colour (YBR full)",
  YBR_FULL_422: "Colour (YBR full 4:2:2)",
  YBR_ICT: "Colour (YBR, irreversible)",
  YBR_RCT: "Colour (YBR, reversible)",
};

const SEQUENCE: Record<string, string> = {
  SE: "spin echo",
  IR: "inversion recovery",
  GR: "gradient echo",
  EP: "echo planar",
  RM: "research mode",
};

const VARIANT: Record<string, string> = {
  SK: "segmented k-space",
  MTC: "magnetisation transfer contrast",
  SS: "steady state",
  TRSS: "time-reversed steady state",
  SP: "spoiled",
  MP: "magnetisation prepared",
  OSP: "oversampling phase",
  NONE: "none",
};

const spell = (table: Record<string, string>) => (raw: string) => {
  const words = raw
    .split("\\")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((code) => table[code.toUpperCase()] ?? code);
  if (!words.length) return null;
  const text = words.join(", ");
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** A plain number rounded; several values joined with commas; anything else as it is. */
export function describeNumberish(raw: string, digits = 2): string {
  const parts = raw.split("\\").map((s) => s.trim());
  return parts.map((p) => (/^[-+]?\d*\.?\d+(e[-+]?\d+)?$/i.test(p) ? round(Number(p), digits) : p)).join(", ");
}

/** Formatters by keyword; attributes not listed here are shown via describeNumberish. */
export const FORMATTERS: Record<string, (raw: string) => string | null> = {
  ImageOrientationPatient: describeOrientation,
  ImagePositionPatient: describePosition,
  PixelSpacing: describeSpacing,
  PhotometricInterpretation: (raw) => PHOTOMETRIC[raw.trim().toUpperCase()] ?? raw.trim(),
  ScanningSequence: spell(SEQUENCE),
  SequenceVariant: spell(VARIANT),
  SliceLocation: (raw) => describeNumberish(raw, 1),
  SeriesDescription: (raw) => raw.trim(),
  StudyDescription: (raw) => raw.trim(),
  ProtocolName: (raw) => raw.trim(),
};
