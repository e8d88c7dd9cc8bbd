// One file, read once: SHA-256 and parse share the same buffer; validation and the PHI scan run on the parsed data
// set. Runs inside worker threads, so it returns plain data and only the patient-free attributes.
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import path from "node:path";
import { findPhi, parseDicomFile, planeFromOrientation, validateDataSet } from "../dicom";
import { refuseUndecodable } from "../dicom/tolerate";
import { str } from "../dicom/summary";
import { nameParts } from "../dicom/identifiers";
import { containsAny, dropPatientValues, identifyingValues, PATH_FINDING } from "./patient-values";
import type { Inspected, InstanceMeta } from "./types";

/** Joined into one reason, like checkBuffer does; more than this is noise for the operator. */
const MAX_REASONS = 3;

function readError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "file disappeared while importing";
  if (code === "EACCES") return "file cannot be read (permission denied)";
  return `file cannot be read (${code ?? String(e)})`;
}

/** `known`: identifiers found elsewhere in the pack (its DICOMDIR); free text repeating one keeps the study unpublished. */
export async function inspectBuffer(rel: string, bytes: Uint8Array, known: readonly string[] = []): Promise<Inspected> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  try {
    const parsed = parseDicomFile(bytes);
    if (!parsed.ok) return { kind: "rejected", rel, reason: parsed.reason };
    const s = parsed.summary;
    const problems = validateDataSet(parsed.dataSet, s);
    if (s.isDicomdir) return { kind: "dicomdir", rel, problems };
    if (problems.length > 0) {
      const more = problems.length > MAX_REASONS ? `; and ${problems.length - MAX_REASONS} more problem(s)` : "";
      return { kind: "rejected", rel, reason: problems.slice(0, MAX_REASONS).join("; ") + more };
    }
    const undecodable = await refuseUndecodable(parsed.dataSet, s);
    if (undecodable) return { kind: "rejected", rel, reason: undecodable };
    const meta: InstanceMeta = {
      sopInstanceUid: s.sopInstanceUid,
      sopClassUid: s.sopClassUid,
      studyInstanceUid: s.studyInstanceUid,
      seriesInstanceUid: s.seriesInstanceUid,
      transferSyntaxUid: s.transferSyntaxUid,
      instanceNumber: s.instanceNumber,
      rows: s.rows,
      columns: s.columns,
      frames: s.numberOfFrames,
      bitsAllocated: s.bitsAllocated,
      photometric: s.photometricInterpretation,
      sliceLocation: s.sliceLocation,
      seriesNumber: s.seriesNumber,
      seriesDescription: s.seriesDescription,
      plane: planeFromOrientation(s.imageOrientationPatient),
      modality: s.modality,
      manufacturer: s.manufacturer,
      model: s.manufacturerModelName,
      fieldStrength: s.magneticFieldStrength,
      bodyPart: s.bodyPartExamined,
      patientAge: s.patientAge,
      patientSex: s.patientSex,
      studyDescription: str(parsed.dataSet, "x00081030"),
    };
    const identifiers = identifyingValues(parsed.dataSet);
    const dropped = dropPatientValues(meta, nameParts([...identifiers, ...known]));
    // The file's own oddities (tolerated breaches, missing UIDs) go to the report too, like every warning.
    const warnings = [
      ...s.warnings,
      ...dropped.map((f) => `${f} not stored: it repeats or looks like a patient identifier`),
    ];
    const phi = findPhi(parsed.dataSet, { known });
    // dcmmkdir names folders after the PatientID. The file is still indexed (its path is an internal storage key,
    // never shown), but the finding keeps its study from ever being published.
    if (containsAny(rel, identifiers)) phi.push(PATH_FINDING);
    return { kind: "instance", rel, size: bytes.byteLength, sha256, meta, phi, warnings, identifiers };
  } catch (e) {
    return {
      kind: "rejected",
      rel,
      reason: `unexpected failure while checking the file: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

/** A stray disk image or archive must not cost gigabytes of memory per worker: nothing this big is one MR image. */
export const MAX_FILE_BYTES = 1024 ** 3;

export async function inspectFile(root: string, rel: string, known: readonly string[] = []): Promise<Inspected> {
  let bytes: Uint8Array;
  try {
    const fh = await open(path.join(root, ...rel.split("/")), "r");
    try {
      const { size } = await fh.stat();
      if (size > MAX_FILE_BYTES)
        return {
          kind: "rejected",
          rel,
          reason: `file is ${(size / 1024 ** 3).toFixed(1)} GiB, larger than any DICOM image this importer accepts (1 GiB)`,
        };
      bytes = await fh.readFile();
    } finally {
      await fh.close();
    }
  } catch (e) {
    return { kind: "rejected", rel, reason: readError(e) };
  }
  return inspectBuffer(rel, bytes, known);
}
