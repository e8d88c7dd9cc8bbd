// Public API of the framework-free DICOM layer (parse, validate, DICOMDIR, PHI gate, plane) for the importer and server code.
export { parseDicomFile, MAX_INFLATED_BYTES, type ParseResult } from "./parse-file";
export { checkBuffer, checkFile, validateDataSet } from "./validate";
export { readDicomdir, type DicomdirResult, type DirectoryRecord } from "./dicomdir";
export { walkDirectory } from "./dicomdir-walk";
export { checkPhi, describeFinding, findPhi, type PhiCheckResult, type PhiFinding, type PhiOptions } from "./phi-check";
export { DEIDENTIFICATION_PROFILE, ruleForTag, type ProfileAction, type ProfileRule } from "./deidentification-profile";
export { PHI_ATTRIBUTES } from "./phi-attributes";
export {
  planeFromOrientation,
  planeInfo,
  DEFAULT_MAX_TILT_DEGREES,
  type AnatomicalPlane,
  type PlaneInfo,
} from "./plane";
export { transferSyntax, TRANSFER_SYNTAXES, type TransferSyntaxInfo } from "./transfer-syntax";
export { isValidUid } from "./validate-elements";
export type { CheckResult, DicomSummary, PixelDataInfo, PixelFragment } from "./types";
