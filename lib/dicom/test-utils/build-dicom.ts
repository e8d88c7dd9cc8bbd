// Builds small Part 10 buffers with dcmjs for the unit tests, so every fixture is generated in memory, not checked in.
import { createRequire } from "node:module";
import { deflateRawSync } from "node:zlib";
import { parseDicom } from "dicom-parser";

type DictEntry = { vr: string; Value?: unknown[] };
type Dict = Record<string, DictEntry>;
interface Dcmjs {
  data: {
    DicomDict: new (meta: Dict) => { dict: Dict; write(): ArrayBuffer };
    DicomMetaDictionary: { denaturalizeDataset(ds: Record<string, unknown>): Dict };
  };
  log?: { setLevel?(level: string): void; getLogger?(name: string): { setLevel(level: string): void } };
}

// dcmjs ships no type declarations; load it untyped through require and describe the little we use.
const dcmjs = createRequire(import.meta.url)("dcmjs") as Dcmjs;
dcmjs.log?.setLevel?.("silent");
dcmjs.log?.getLogger?.("validation.dcmjs").setLevel("silent"); // it reports the DICOMDIR offset VR "up" it does not know
const { DicomDict, DicomMetaDictionary } = dcmjs.data;

export const TS_EXPLICIT_LE = "1.2.840.10008.1.2.1";
export const TS_IMPLICIT_LE = "1.2.840.10008.1.2";
export const TS_EXPLICIT_BE = "1.2.840.10008.1.2.2";
export const MR_STORAGE = "1.2.840.10008.5.1.4.1.1.4";

/** A valid 4x4, 16-bit, single-frame sagittal MR instance (naturalized dcmjs keywords). */
export function mrDataset(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    SOPClassUID: MR_STORAGE,
    SOPInstanceUID: "1.2.826.0.1.3680043.8.498.1",
    StudyInstanceUID: "1.2.826.0.1.3680043.8.498.2",
    SeriesInstanceUID: "1.2.826.0.1.3680043.8.498.3",
    Modality: "MR",
    Manufacturer: "Philips Medical Systems",
    ManufacturerModelName: "Intera",
    MagneticFieldStrength: 1.5,
    SeriesDescription: "T2 SAG",
    SeriesNumber: 3,
    InstanceNumber: 7,
    PatientAge: "045Y",
    PatientSex: "F",
    BodyPartExamined: "LSPINE",
    ImageOrientationPatient: [0, 1, 0, 0, 0, -1],
    ImagePositionPatient: [-10.5, -120, 80],
    PixelSpacing: [0.5, 0.5],
    SliceThickness: 4,
    SliceLocation: -10.5,
    WindowCenter: 600,
    WindowWidth: 1200,
    RescaleSlope: 1,
    RescaleIntercept: 0,
    Rows: 4,
    Columns: 4,
    SamplesPerPixel: 1,
    PhotometricInterpretation: "MONOCHROME2",
    BitsAllocated: 16,
    BitsStored: 12,
    HighBit: 11,
    PixelRepresentation: 0,
    PixelData: [new Uint16Array(16).map((_, i) => i * 100).buffer],
    _vrMap: { PixelData: "OW" },
    ...overrides,
  };
}

/** mrDataset overrides for interleaved 8-bit RGB pixels (PixelData itself still to be given, 3 bytes a pixel). */
export const RGB_8BIT = {
  SamplesPerPixel: 3,
  PhotometricInterpretation: "RGB",
  PlanarConfiguration: 0,
  BitsAllocated: 8,
  BitsStored: 8,
  HighBit: 7,
  _vrMap: { PixelData: "OB" },
};

/** The summary fields mrDataset() writes, as the reader should give them back for an explicit VR LE file of it. */
export const MR_SUMMARY = {
  sopClassUid: MR_STORAGE,
  sopInstanceUid: "1.2.826.0.1.3680043.8.498.1",
  studyInstanceUid: "1.2.826.0.1.3680043.8.498.2",
  seriesInstanceUid: "1.2.826.0.1.3680043.8.498.3",
  transferSyntaxUid: TS_EXPLICIT_LE,
  transferSyntaxName: "Explicit VR Little Endian",
  modality: "MR",
  manufacturer: "Philips Medical Systems",
  manufacturerModelName: "Intera",
  magneticFieldStrength: 1.5,
  seriesDescription: "T2 SAG",
  seriesNumber: 3,
  instanceNumber: 7,
  rows: 4,
  columns: 4,
  numberOfFrames: 1,
  samplesPerPixel: 1,
  photometricInterpretation: "MONOCHROME2",
  bitsAllocated: 16,
  bitsStored: 12,
  highBit: 11,
  pixelRepresentation: 0,
  imageOrientationPatient: [0, 1, 0, 0, 0, -1],
  imagePositionPatient: [-10.5, -120, 80],
  pixelSpacing: [0.5, 0.5],
  sliceThickness: 4,
  sliceLocation: -10.5,
  windowCenter: 600,
  windowWidth: 1200,
  rescaleSlope: 1,
  rescaleIntercept: 0,
  patientAge: "045Y",
  patientSex: "F",
  bodyPartExamined: "LSPINE",
  isDicomdir: false,
} as const;

export interface BuildOptions {
  transferSyntaxUid?: string;
  /** Extra already-encoded elements, e.g. private tags dcmjs has no keyword for: { "00091010": { vr: "LO", Value: ["x"] } }. */
  raw?: Dict;
  mediaStorageSopClassUid?: string;
}

/** dcmjs does not know the DICOMDIR offset VR "up"; it is a UL on the wire. */
function fixOffsetVr(dict: Dict): Dict {
  for (const entry of Object.values(dict)) {
    if (entry.vr === "up") entry.vr = "UL";
    if (entry.vr === "SQ") for (const item of (entry.Value ?? []) as Dict[]) fixOffsetVr(item);
  }
  return dict;
}

/** Writes a Part 10 file (preamble, DICM, file meta, data set) with dcmjs; attributes set to undefined are left out. */
export function buildPart10(input: Record<string, unknown>, opts: BuildOptions = {}): Uint8Array {
  const dataset = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const sopClass = opts.mediaStorageSopClassUid ?? (dataset.SOPClassUID as string | undefined) ?? MR_STORAGE;
  const meta = DicomMetaDictionary.denaturalizeDataset({
    FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
    MediaStorageSOPClassUID: sopClass,
    MediaStorageSOPInstanceUID: (dataset.SOPInstanceUID as string | undefined) ?? "1.2.826.0.1.3680043.8.498.99",
    TransferSyntaxUID: opts.transferSyntaxUid ?? TS_EXPLICIT_LE,
    ImplementationClassUID: "1.2.826.0.1.3680043.8.498.100",
  });
  const dict = new DicomDict(meta);
  dict.dict = { ...fixOffsetVr(DicomMetaDictionary.denaturalizeDataset(dataset)), ...(opts.raw ?? {}) };
  return new Uint8Array(dict.write());
}

/** End of the file meta group of a Part 10 buffer written by buildPart10. */
function metaEnd(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return 132 + 12 + view.getUint32(140, true);
}

/** Deflated Explicit VR Little Endian version of `dataset`: dcmjs writes the meta, zlib deflates the explicit LE data set. */
export function buildDeflated(dataset: Record<string, unknown>): Uint8Array {
  const plain = buildPart10(dataset);
  const head = buildPart10(dataset, { transferSyntaxUid: "1.2.840.10008.1.2.1.99" });
  const body = deflateRawSync(plain.subarray(metaEnd(plain)));
  const headEnd = metaEnd(head);
  const out = new Uint8Array(headEnd + body.length);
  out.set(head.subarray(0, headEnd), 0);
  out.set(body, headEnd);
  return out;
}

/** Replaces the transfer syntax UID in the file meta with another of the same encoded length (as the corpus did). */
export function withTransferSyntax(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const out = bytes.slice();
  const needle = new TextEncoder().encode(from);
  const replacement = new TextEncoder().encode(to.padEnd(from.length, "\0"));
  const limit = metaEnd(out);
  for (let i = 132; i < limit; i++) {
    if (needle.every((b, j) => out[i + j] === b)) {
      out.set(replacement, i);
      return out;
    }
  }
  throw new Error("transfer syntax not found in file meta");
}

/** Byte offsets (item tag positions) of each Directory Record Sequence item, in sequence order. */
export function recordOffsets(bytes: Uint8Array): number[] {
  const ds = parseDicom(bytes, { vrCallback: (tag: string) => (tag === "x00041220" ? "SQ" : undefined) });
  return (ds.elements.x00041220?.items ?? []).map((item) => item.dataOffset - 8);
}
