// The per-study labels table: its columns, their header aliases (any case, spaces or underscores) and what they mean.
// The data card renders LABEL_COLUMNS, so the documentation and the parser cannot drift apart.
import { headerKey } from "../../dataset/csv/headers";

export type LabelColumn =
  | "studyInstanceUid"
  | "conditions"
  | "method"
  | "sequences"
  | "sex"
  | "age"
  | "race"
  | "manufacturer"
  | "model"
  | "fieldStrength"
  | "studyYear"
  | "seriesCount"
  | "instanceCount"
  | "sizeBytes"
  | "objectKey"
  | "sha256";

export type ColumnSpec = {
  key: LabelColumn;
  header: string;
  aliases: string[];
  required: boolean;
  meaning: string;
  values: string;
};

export const LABEL_COLUMNS: ColumnSpec[] = [
  {
    key: "studyInstanceUid",
    header: "study_instance_uid",
    aliases: ["studyinstanceuid", "study uid", "uid", "study instance uid"],
    required: true,
    meaning: "DICOM StudyInstanceUID: the key that ties labels to images and delivery objects",
    values: "digits and dots, at most 64 characters",
  },
  {
    key: "conditions",
    header: "conditions",
    aliases: ["condition", "diagnoses", "diagnosis"],
    required: true,
    meaning:
      "conditions from the radiologist's report; the first is the preliminary diagnosis the statistics CSV counts",
    values: "names separated by |, e.g. Disc herniation|Spinal stenosis",
  },
  {
    key: "method",
    header: "method",
    aliases: ["method of study", "study method", "study type", "modality"],
    required: true,
    meaning: "method of study, as in the statistics CSV",
    values: "e.g. MRI 1.5T, MRI 3T",
  },
  {
    key: "sequences",
    header: "sequences",
    aliases: ["sequence", "series types", "planes"],
    required: false,
    meaning: "sequences present in the study",
    values: "names separated by |, e.g. SAG T2|AX T2",
  },
  {
    key: "sex",
    header: "sex",
    aliases: ["gender", "patient sex"],
    required: false,
    meaning: "patient sex as recorded",
    values: "F, M, O (other) or empty; female/male also read",
  },
  {
    key: "age",
    header: "age",
    aliases: ["patient age", "age years"],
    required: false,
    meaning: "age at the study in whole years; 90 and over are stored as 90",
    values: "0-120, 90+, or empty",
  },
  {
    key: "race",
    header: "race",
    aliases: ["ethnicity", "race ethnicity"],
    required: false,
    meaning: "race where the report gives it",
    values: "free text or empty",
  },
  {
    key: "manufacturer",
    header: "manufacturer",
    aliases: ["vendor", "scanner manufacturer"],
    required: false,
    meaning: "scanner manufacturer (DICOM 0008,0070)",
    values: "e.g. Philips Medical Systems",
  },
  {
    key: "model",
    header: "model",
    aliases: ["manufacturer model", "model name", "scanner model", "scanner"],
    required: false,
    meaning: "scanner model (DICOM 0008,1090)",
    values: "e.g. Intera",
  },
  {
    key: "fieldStrength",
    header: "field_strength",
    aliases: ["field strength", "tesla", "magnetic field strength", "field strength t"],
    required: false,
    meaning: "magnetic field strength in tesla (DICOM 0018,0087)",
    values: "e.g. 1.5, 3, 0.3",
  },
  {
    key: "studyYear",
    header: "study_year",
    aliases: ["year", "study date year"],
    required: false,
    meaning: "year the study was acquired",
    values: "1980-2100 or empty",
  },
  {
    key: "seriesCount",
    header: "series_count",
    aliases: ["series", "number of series"],
    required: false,
    meaning: "series in the study",
    values: "whole number",
  },
  {
    key: "instanceCount",
    header: "instance_count",
    aliases: ["instances", "images", "number of images"],
    required: false,
    meaning: "DICOM images in the study",
    values: "whole number",
  },
  {
    key: "sizeBytes",
    header: "size_bytes",
    aliases: ["size", "bytes", "size in bytes"],
    required: true,
    meaning: "size of the study's delivery object in bytes",
    values: "whole number",
  },
  {
    key: "objectKey",
    header: "object_key",
    aliases: ["key", "archive key", "delivery key", "archive"],
    required: true,
    meaning: "key of the study's delivery object (archive) in storage",
    values: "relative path, no ..",
  },
  {
    key: "sha256",
    header: "sha256",
    aliases: ["sha-256", "checksum", "sha 256"],
    required: true,
    meaning: "SHA-256 of the delivery object, checked by buyers after download",
    values: "64 hexadecimal characters",
  },
];

const BY_KEY = new Map<string, LabelColumn>();
for (const c of LABEL_COLUMNS)
  for (const name of [c.header, c.key, ...c.aliases]) BY_KEY.set(headerKey(name).replace(/-/g, " "), c.key);

export function labelColumnOf(raw: string): LabelColumn | null {
  return BY_KEY.get(headerKey(raw).replace(/-/g, " ")) ?? null;
}

/** Separator of multi-valued cells (conditions, sequences). */
export const LIST_SEPARATOR = "|";
