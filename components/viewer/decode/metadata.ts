// The metadata panel's content: an allow-list of acquisition and image attributes. Anything not listed here is never
// shown, so a patient name or an institution that slipped through de-identification cannot reach the panel.
import type { DataSet } from "dicom-parser";
import { transferSyntax } from "@/lib/dicom/transfer-syntax";
import { describeNumberish, FORMATTERS } from "./metadata-format";

export interface MetadataEntry {
  keyword: string;
  label: string;
  value: string;
}

type Kind = "text" | "us" | "age" | "sex" | "ts";
type Row = readonly [tag: string, keyword: string, label: string, kind: Kind, unit?: string];

export const METADATA_ALLOW_LIST: readonly Row[] = [
  ["x00080060", "Modality", "Modality", "text"],
  ["x00180015", "BodyPartExamined", "Body part", "text"],
  ["x00081030", "StudyDescription", "Study", "text"],
  ["x0008103e", "SeriesDescription", "Series", "text"],
  ["x00181030", "ProtocolName", "Protocol", "text"],
  ["x00200011", "SeriesNumber", "Series number", "text"],
  ["x00200013", "InstanceNumber", "Instance number", "text"],
  ["x00080070", "Manufacturer", "Manufacturer", "text"],
  ["x00081090", "ManufacturerModelName", "Scanner model", "text"],
  ["x00180087", "MagneticFieldStrength", "Field strength", "text", "T"],
  ["x00180020", "ScanningSequence", "Scanning sequence", "text"],
  ["x00180021", "SequenceVariant", "Sequence variant", "text"],
  ["x00180023", "MRAcquisitionType", "Acquisition", "text"],
  ["x00180080", "RepetitionTime", "Repetition time (TR)", "text", "ms"],
  ["x00180081", "EchoTime", "Echo time (TE)", "text", "ms"],
  ["x00180091", "EchoTrainLength", "Echo train length", "text"],
  ["x00181314", "FlipAngle", "Flip angle", "text", "°"],
  ["x00180083", "NumberOfAverages", "Averages", "text"],
  ["x00180095", "PixelBandwidth", "Pixel bandwidth", "text", "Hz/px"],
  ["x00180050", "SliceThickness", "Slice thickness", "text", "mm"],
  ["x00180088", "SpacingBetweenSlices", "Slice spacing", "text", "mm"],
  ["x00201041", "SliceLocation", "Slice location", "text", "mm"],
  ["x00200032", "ImagePositionPatient", "Position", "text", "mm"],
  ["x00200037", "ImageOrientationPatient", "Orientation", "text"],
  ["x00280030", "PixelSpacing", "Pixel spacing", "text", "mm"],
  ["x00280010", "Rows", "Rows", "us"],
  ["x00280011", "Columns", "Columns", "us"],
  ["x00280100", "BitsAllocated", "Bits allocated", "us"],
  ["x00280101", "BitsStored", "Bits stored", "us"],
  ["x00280004", "PhotometricInterpretation", "Colour model", "text"],
  ["x00281050", "WindowCenter", "Window centre", "text"],
  ["x00281051", "WindowWidth", "Window width", "text"],
  ["x00281053", "RescaleSlope", "Rescale slope", "text"],
  ["x00281052", "RescaleIntercept", "Rescale intercept", "text"],
  ["x00100040", "PatientSex", "Sex", "sex"],
  ["x00101010", "PatientAge", "Age", "age"],
  ["x00020010", "TransferSyntaxUID", "Transfer syntax", "ts"],
];

const MAX_VALUE = 80;

/** "045Y" -> "45 years"; HIPAA Safe Harbor: ages over 89 are shown as "90+". */
export function formatAge(raw: string): string | null {
  const m = /^(\d{1,3})([DWMY])$/.exec(raw.trim().toUpperCase());
  if (!m) return null;
  const n = Number(m[1]);
  const unit = { D: "day", W: "week", M: "month", Y: "year" }[m[2] as "D" | "W" | "M" | "Y"];
  if (unit === "year" && n >= 90) return "90+ years";
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

const SEX: Record<string, string> = { M: "Male", F: "Female", O: "Other" };

function valueOf(ds: DataSet, tag: string, kind: Kind, keyword: string): string | null {
  if (!ds.elements[tag]) return null;
  if (kind === "us") {
    const v = ds.uint16(tag);
    return v === undefined ? null : String(v);
  }
  const s = ds.string(tag)?.trim();
  if (!s) return null;
  if (kind === "age") return formatAge(s);
  if (kind === "sex") return SEX[s.toUpperCase()] ?? null;
  if (kind === "ts") return transferSyntax(s)?.name ?? s;
  const format = FORMATTERS[keyword];
  const text = format ? format(s) : describeNumberish(s);
  if (!text) return null;
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

/** Allow-listed attributes present in `ds`, in panel order. */
export function readAllowedMetadata(ds: DataSet): MetadataEntry[] {
  const out: MetadataEntry[] = [];
  for (const [tag, keyword, label, kind, unit] of METADATA_ALLOW_LIST) {
    let value: string | null;
    try {
      value = valueOf(ds, tag, kind, keyword);
    } catch {
      value = null; // a damaged element (its length runs past the end, found by npm run fuzz) is left out, not fatal
    }
    if (value !== null) out.push({ keyword, label, value: unit ? `${value} ${unit}` : value });
  }
  return out;
}
