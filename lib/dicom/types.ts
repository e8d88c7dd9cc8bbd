// Shared result and summary types of the framework-free DICOM layer, so parse, validate and importer agree on one shape.

export interface PixelFragment {
  /** Byte offset of the fragment's data (after its item header) in `DicomSummary.pixelData.byteSource`. */
  offset: number;
  length: number;
}

export interface PixelDataInfo {
  keyword: "PixelData" | "FloatPixelData" | "DoubleFloatPixelData";
  tag: string;
  /** Byte offset of the element value; relative to the file, or to the inflated stream when `byteSource` is "inflated". */
  offset: number;
  /** Value length in bytes (for encapsulated data: up to the sequence delimiter). */
  length: number;
  encapsulated: boolean;
  fragments: PixelFragment[];
  basicOffsetTable: number[];
  byteSource: "file" | "inflated";
}

export interface DicomSummary {
  sopClassUid: string | null;
  sopInstanceUid: string | null;
  studyInstanceUid: string | null;
  seriesInstanceUid: string | null;
  transferSyntaxUid: string;
  transferSyntaxName: string | null;
  /** Media Storage Directory (DICOMDIR) rather than an instance. */
  isDicomdir: boolean;
  modality: string | null;
  manufacturer: string | null;
  manufacturerModelName: string | null;
  magneticFieldStrength: number | null;
  seriesDescription: string | null;
  seriesNumber: number | null;
  instanceNumber: number | null;
  rows: number | null;
  columns: number | null;
  /** NumberOfFrames, 1 when absent. */
  numberOfFrames: number;
  samplesPerPixel: number | null;
  photometricInterpretation: string | null;
  bitsAllocated: number | null;
  bitsStored: number | null;
  highBit: number | null;
  pixelRepresentation: number | null;
  imageOrientationPatient: number[] | null;
  imagePositionPatient: number[] | null;
  pixelSpacing: number[] | null;
  sliceThickness: number | null;
  sliceLocation: number | null;
  windowCenter: number | null;
  windowWidth: number | null;
  rescaleSlope: number | null;
  rescaleIntercept: number | null;
  patientAge: string | null;
  patientSex: string | null;
  bodyPartExamined: string | null;
  pixelData: PixelDataInfo | null;
  /** Oddities that do not make the file unusable (e.g. a missing Study Instance UID). */
  warnings: string[];
  /**
   * Breaches of the standard's letter (a non-conformant UID, a non-integer NumberOfFrames, odd JPEG scan parameters)
   * that the reference toolkit reads through: the file is accepted when its pixels decode (tolerate.ts). Also in warnings.
   */
  tolerated: string[];
}

export type CheckResult = { ok: true; summary: DicomSummary } | { ok: false; reason: string };
