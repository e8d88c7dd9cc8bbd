// The public-sample de-identification profile: one table of what the gate keeps, requires removed, or checks, and why.
// phi-check.ts applies it; the data card renders it (components/dataset/deidentification-table.tsx).

/**
 * - removed: must be empty or absent in a public sample (PS3.15 Annex E actions X/Z/D; we refuse rather than rewrite).
 * - checked: may hold a value, but the value is screened (see `check`); a hit keeps the study unpublished.
 * - kept: published as is.
 */
export type ProfileAction = "kept" | "removed" | "checked";

/** How a checked attribute is screened. */
export type ProfileCheck =
  /** free text: refused when it repeats a known identifier or holds an identifier-like value (MRN label, date, id). */
  | "free-text"
  /** coded flag: refused when the value is YES. */
  | "flag-yes";

export interface ProfileRule {
  /** "gggg,eeee" for one attribute, or a class of attributes in words (private groups, dates, any text element). */
  attribute: string;
  keyword: string;
  action: ProfileAction;
  why: string;
  /** 8 upper-case hex digits for one attribute; absent for a class rule. */
  tag?: string;
  check?: ProfileCheck;
}

type Pair = readonly [tag: string, keyword: string];
const rows = (action: ProfileAction, why: string, pairs: Pair[], check?: ProfileCheck): ProfileRule[] =>
  pairs.map(([tag, keyword]) => ({
    attribute: `${tag.slice(0, 4)},${tag.slice(4)}`,
    keyword,
    action,
    why,
    tag,
    ...(check ? { check } : {}),
  }));

const WHY_PATIENT = "Identifies the patient (PS3.15 Table E.1-1, Basic Profile).";
const WHY_PEOPLE = "Names or identifies staff, requesters or recipients (Basic Profile).";
const WHY_PLACE = "Identifies the hospital, department or device, which narrows down the patient (Basic Profile).";
const WHY_COMMENT = "Unstructured comments can say anything about the patient (Basic Profile: removed, not cleaned).";
const WHY_DATE =
  "Dates and times of care identify an episode; the Retain Longitudinal Temporal Information options are not applied.";
const WHY_DESCRIPTOR =
  "Useful to buyers; screened as the Clean Descriptors Option requires: refused when it repeats a known identifier or holds an identifier-like value.";

/** The table, in the order the data card shows it. Class rules (no `tag`) come last. */
export const DEIDENTIFICATION_PROFILE: readonly ProfileRule[] = [
  ...rows("kept", "The dataset is sold with age and sex; alone they do not identify a patient.", [
    ["00101010", "PatientAge"],
    ["00100040", "PatientSex"],
  ]),
  ...rows("kept", "Sold with the dataset (race is a reported field); a broad category, not an identifier.", [
    ["00102160", "EthnicGroup"],
  ]),
  ...rows("kept", "States that and how the data was de-identified (PS3.15 E.1.1 asks for it).", [
    ["00120062", "PatientIdentityRemoved"],
    ["00120063", "DeidentificationMethod"],
  ]),
  ...rows("kept", "Scanner make, model and field strength describe the equipment, not the patient.", [
    ["00080070", "Manufacturer"],
    ["00081090", "ManufacturerModelName"],
    ["00180087", "MagneticFieldStrength"],
  ]),
  ...rows(
    "kept",
    "Opaque identifiers that link files of a study; they carry no patient value (checked against known identifiers like every text).",
    [
      ["0020000D", "StudyInstanceUID"],
      ["0020000E", "SeriesInstanceUID"],
      ["00080018", "SOPInstanceUID"],
    ],
  ),
  ...rows(
    "checked",
    WHY_DESCRIPTOR,
    [
      ["00081030", "StudyDescription"],
      ["0008103E", "SeriesDescription"],
      ["00181030", "ProtocolName"],
      ["00400254", "PerformedProcedureStepDescription"],
      ["00321060", "RequestedProcedureDescription"],
      ["00082111", "DerivationDescription"],
      ["00180015", "BodyPartExamined"],
    ],
    "free-text",
  ),
  ...rows(
    "checked",
    "Burned-in text (names, dates) in the pixels cannot be seen in the header: a file that declares it is refused.",
    [["00280301", "BurnedInAnnotation"]],
    "flag-yes",
  ),
  ...rows(
    "checked",
    "Pixels that show a face or other recognisable feature identify the patient: a file that declares them is refused.",
    [["00280302", "RecognizableVisualFeatures"]],
    "flag-yes",
  ),
  ...rows("removed", WHY_PATIENT, [
    ["00100010", "PatientName"],
    ["00100020", "PatientID"],
    ["00100021", "IssuerOfPatientID"],
    ["00100030", "PatientBirthDate"],
    ["00100032", "PatientBirthTime"],
    ["00100050", "PatientInsurancePlanCodeSequence"],
    ["00101000", "OtherPatientIDs"],
    ["00101001", "OtherPatientNames"],
    ["00101002", "OtherPatientIDsSequence"],
    ["00101005", "PatientBirthName"],
    ["00101020", "PatientSize"],
    ["00101030", "PatientWeight"],
    ["00101040", "PatientAddress"],
    ["00101060", "PatientMotherBirthName"],
    ["00101080", "MilitaryRank"],
    ["00101081", "BranchOfService"],
    ["00101090", "MedicalRecordLocator"],
    ["00102000", "MedicalAlerts"],
    ["00102110", "Allergies"],
    ["00102150", "CountryOfResidence"],
    ["00102152", "RegionOfResidence"],
    ["00102154", "PatientTelephoneNumbers"],
    ["00102155", "PatientTelecomInformation"],
    ["00102180", "Occupation"],
    ["001021A0", "SmokingStatus"],
    ["001021B0", "AdditionalPatientHistory"],
    ["001021C0", "PregnancyStatus"],
    ["001021D0", "LastMenstrualDate"],
    ["001021F0", "PatientReligiousPreference"],
    ["00102297", "ResponsiblePerson"],
    ["00102299", "ResponsibleOrganization"],
    ["00380010", "AdmissionID"],
    ["00380300", "CurrentPatientLocation"],
    ["00380400", "PatientInstitutionResidence"],
    ["00380500", "PatientState"],
    ["00080050", "AccessionNumber"],
    ["00200010", "StudyID"],
    ["00401001", "RequestedProcedureID"],
    ["00400009", "ScheduledProcedureStepID"],
    ["00400253", "PerformedProcedureStepID"],
    ["00081080", "AdmittingDiagnosesDescription"],
    ["04000561", "OriginalAttributesSequence"],
  ]),
  ...rows("removed", WHY_PEOPLE, [
    ["00080090", "ReferringPhysicianName"],
    ["00080092", "ReferringPhysicianAddress"],
    ["00080094", "ReferringPhysicianTelephoneNumbers"],
    ["00080096", "ReferringPhysicianIdentificationSequence"],
    ["00081048", "PhysiciansOfRecord"],
    ["00081049", "PhysiciansOfRecordIdentificationSequence"],
    ["00081050", "PerformingPhysicianName"],
    ["00081052", "PerformingPhysicianIdentificationSequence"],
    ["00081060", "NameOfPhysiciansReadingStudy"],
    ["00081062", "PhysiciansReadingStudyIdentificationSequence"],
    ["00081070", "OperatorsName"],
    ["00081072", "OperatorIdentificationSequence"],
    ["00321032", "RequestingPhysician"],
    ["00321033", "RequestingService"],
    ["00400006", "ScheduledPerformingPhysicianName"],
    ["00401010", "NamesOfIntendedRecipientsOfResults"],
    ["0040A123", "PersonName"],
  ]),
  ...rows("removed", WHY_PLACE, [
    ["00080080", "InstitutionName"],
    ["00080081", "InstitutionAddress"],
    ["00080082", "InstitutionCodeSequence"],
    ["00081010", "StationName"],
    ["00081040", "InstitutionalDepartmentName"],
    ["00181000", "DeviceSerialNumber"],
    ["00400241", "PerformedStationAETitle"],
    ["00400242", "PerformedStationName"],
    ["00400243", "PerformedLocation"],
    ["00400001", "ScheduledStationAETitle"],
    ["00400010", "ScheduledStationName"],
    ["00400011", "ScheduledProcedureStepLocation"],
  ]),
  ...rows("removed", WHY_COMMENT, [
    ["00084000", "IdentifyingComments"],
    ["00204000", "ImageComments"],
    ["00324000", "StudyComments"],
    ["00104000", "PatientComments"],
    ["00384000", "VisitComments"],
    ["00400280", "CommentsOnThePerformedProcedureStep"],
    ["00400400", "CommentsOnTheScheduledProcedureStep"],
    ["00180010", "ContrastBolusAgent"],
  ]),
  ...rows("removed", WHY_DATE, [
    ["00080012", "InstanceCreationDate"],
    ["00080013", "InstanceCreationTime"],
    ["00080020", "StudyDate"],
    ["00080021", "SeriesDate"],
    ["00080022", "AcquisitionDate"],
    ["00080023", "ContentDate"],
    ["0008002A", "AcquisitionDateTime"],
    ["00080030", "StudyTime"],
    ["00080031", "SeriesTime"],
    ["00080032", "AcquisitionTime"],
    ["00080033", "ContentTime"],
    ["00181012", "DateOfSecondaryCapture"],
    ["00181014", "TimeOfSecondaryCapture"],
    ["00181200", "DateOfLastCalibration"],
    ["00181201", "TimeOfLastCalibration"],
    ["00380020", "AdmittingDate"],
    ["00380021", "AdmittingTime"],
    ["00400002", "ScheduledProcedureStepStartDate"],
    ["00400003", "ScheduledProcedureStepStartTime"],
    ["00400004", "ScheduledProcedureStepEndDate"],
    ["00400005", "ScheduledProcedureStepEndTime"],
    ["00400244", "PerformedProcedureStepStartDate"],
    ["00400245", "PerformedProcedureStepStartTime"],
    ["00400250", "PerformedProcedureStepEndDate"],
    ["00400251", "PerformedProcedureStepEndTime"],
    ["0040A032", "ObservationDateTime"],
    ["0040A121", "Date"],
    ["0040A122", "Time"],
  ]),
  {
    attribute: "any DA, DT or TM element",
    keyword: "Other dates and times",
    action: "removed",
    why: `${WHY_DATE} Applies to every element whose VR is a date or time.`,
  },
  {
    attribute: "odd groups (gggg,eeee)",
    keyword: "Private attributes",
    action: "removed",
    why: "Vendor-private data can hold anything (names, dates, burned-in copies); the Retain Safe Private Option is not applied.",
  },
  {
    attribute: "any text element",
    keyword: "Every other text value",
    action: "checked",
    why: "Refused when it repeats a known identifier: the file's own patient values or those of the pack's DICOMDIR.",
  },
  {
    attribute: "PDF report",
    keyword: "Report text",
    action: "checked",
    why: "The report's text is extracted and refused when it holds a name or identifier found in the study's headers, or an identifier label with a value.",
  },
  {
    attribute: "JPG rendering",
    keyword: "Public JPG",
    action: "checked",
    why: "Rendered from the checked DICOM pixels; the vendor's own JPG (which can carry burned-in text) is never served.",
  },
  {
    attribute: "everything else",
    keyword: "Acquisition and image attributes",
    action: "kept",
    why: "Sequence parameters, geometry and pixel description carry no patient value (still screened as text, above).",
  },
];

/** The rule for one tag ("x0010..."/"0010..." any case), if the table names it. */
export function ruleForTag(tag: string): ProfileRule | undefined {
  return RULES_BY_TAG.get(tag.replace(/^x/i, "").toUpperCase());
}

const RULES_BY_TAG = new Map(DEIDENTIFICATION_PROFILE.filter((r) => r.tag).map((r) => [r.tag!, r]));
