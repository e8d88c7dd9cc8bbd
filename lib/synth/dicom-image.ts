// One MR Image Storage Part 10 file (explicit VR little endian, de-identified, labelled synthetic) via dcmjs.
import { ds, EXPLICIT_VR_LE, writePart10, type NaturalDataset } from "./dcmjs";
import type { PhantomParams } from "./params";
import type { SeriesPlan, Slice } from "./planes";
import { dot } from "./planes";
import type { RenderedSlice } from "./render";
import { uidFor } from "./rng";

export const MR_IMAGE_STORAGE = "1.2.840.10008.5.1.4.1.1.4";
export const IMPLEMENTATION_CLASS_UID = uidFor("constant", "implementation-class-uid/lumbar-synth");
export const IMPLEMENTATION_VERSION = "LUMBARSYNTH_1";
export const STUDY_DESCRIPTION = "SYNTHETIC PHANTOM - LUMBAR SPINE MRI";

export interface StudyContext {
  params: PhantomParams;
  studyUid: string;
  frameOfReferenceUid: string;
  /** YYYYMMDD / HHMMSS, synthetic and the same in the files and the DICOMDIR. */
  date: string;
  time: string;
}

export interface ImageRef {
  sopInstanceUid: string;
  seriesUid: string;
  instanceNumber: number;
}

export function fileMeta(sopClassUid: string, sopInstanceUid: string): NaturalDataset {
  return {
    FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
    MediaStorageSOPClassUID: sopClassUid,
    MediaStorageSOPInstanceUID: sopInstanceUid,
    TransferSyntaxUID: EXPLICIT_VR_LE,
    ImplementationClassUID: IMPLEMENTATION_CLASS_UID,
    ImplementationVersionName: IMPLEMENTATION_VERSION,
    _vrMap: { FileMetaInformationVersion: "OB" },
  };
}

const vec = (v: readonly number[]) => v.map((x) => ds(x, 6));

export function mrImageFile(
  study: StudyContext,
  plan: SeriesPlan,
  slice: Slice,
  ref: ImageRef,
  img: RenderedSlice,
): Uint8Array {
  const p = study.params;
  const pixelBytes = new Uint8Array(img.pixels.buffer, img.pixels.byteOffset, img.pixels.byteLength).slice().buffer;
  const dataset: NaturalDataset = {
    SpecificCharacterSet: "ISO_IR 100",
    ImageType: ["ORIGINAL", "PRIMARY", "OTHER"],
    SOPClassUID: MR_IMAGE_STORAGE,
    SOPInstanceUID: ref.sopInstanceUid,
    // Type 2 dates and times present but empty, as the public-sample profile requires (dates of care identify an
    // episode); only the DICOMDIR, which is never served, keeps the synthetic date.
    StudyDate: "",
    SeriesDate: "",
    ContentDate: "",
    StudyTime: "",
    SeriesTime: "",
    ContentTime: "",
    AccessionNumber: "",
    Modality: "MR",
    Manufacturer: "Philips Medical Systems",
    ReferringPhysicianName: "",
    StudyDescription: STUDY_DESCRIPTION,
    SeriesDescription: plan.description,
    ManufacturerModelName: "Intera",
    // Patient module: names and IDs present but empty (type 2), only age and sex kept.
    PatientName: "",
    PatientID: "",
    PatientBirthDate: "",
    PatientSex: p.sex,
    PatientAge: `${String(p.ageYears).padStart(3, "0")}Y`,
    PatientIdentityRemoved: "YES",
    DeidentificationMethod: "Synthetic phantom, no patient data",
    BodyPartExamined: "LSPINE",
    ScanningSequence: "SE",
    SequenceVariant: "SK",
    ScanOptions: "",
    MRAcquisitionType: "2D",
    AngioFlag: "N",
    SliceThickness: ds(plan.thickness),
    RepetitionTime: ds(plan.repetitionTime),
    EchoTime: ds(plan.echoTime),
    NumberOfAverages: "2",
    ImagingFrequency: "63.897",
    ImagedNucleus: "1H",
    EchoNumbers: "1",
    MagneticFieldStrength: "1.5",
    SpacingBetweenSlices: ds(plan.spacingBetween),
    EchoTrainLength: String(plan.echoTrainLength),
    PixelBandwidth: "190",
    ProtocolName: plan.protocolName,
    ReceiveCoilName: "SENSE-SPINE",
    InPlanePhaseEncodingDirection: plan.phaseDirection,
    FlipAngle: "90",
    PatientPosition: "HFS",
    StudyInstanceUID: study.studyUid,
    SeriesInstanceUID: ref.seriesUid,
    StudyID: "",
    SeriesNumber: String(plan.seriesNumber),
    AcquisitionNumber: String(plan.seriesNumber),
    InstanceNumber: String(ref.instanceNumber),
    ImagePositionPatient: vec(slice.position),
    ImageOrientationPatient: vec([...slice.rowDir, ...slice.colDir]),
    FrameOfReferenceUID: study.frameOfReferenceUid,
    PositionReferenceIndicator: "",
    SliceLocation: ds(dot(slice.position, slice.normal), 4),
    SamplesPerPixel: 1,
    PhotometricInterpretation: "MONOCHROME2",
    Rows: slice.rows,
    Columns: slice.cols,
    PixelSpacing: [ds(slice.spacing), ds(slice.spacing)],
    BitsAllocated: 16,
    BitsStored: 12,
    HighBit: 11,
    PixelRepresentation: 0,
    BurnedInAnnotation: "NO",
    WindowCenter: ds(img.windowCenter),
    WindowWidth: ds(img.windowWidth),
    LossyImageCompression: "00",
    PixelData: [pixelBytes],
    _vrMap: { PixelData: "OW" },
  };
  return writePart10(fileMeta(MR_IMAGE_STORAGE, ref.sopInstanceUid), dataset);
}
