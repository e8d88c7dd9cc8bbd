// Decides what a file in an import folder is from its name alone: a DICOM attempt (checked, rejected when bad), a
// companion (JPG rendering, PDF report, statistics CSV, DICOMDIR) or a stray file that is skipped without complaint.

export type FileKind = "dicomdir" | "dicom" | "jpg" | "pdf" | "csv" | "ignored";

/** Extensions of files that are clearly not DICOM: skipped silently. Unknown extensions (.dcm, .ima, .gz, .1) are tried. */
const NOT_DICOM = new Set(
  (
    "txt md markdown tsv json xml html htm png gif bmp tif tiff webp svg log ini cfg conf yml yaml toml rtf doc docx " +
    "xls xlsx odt ods ppt pptx nfo url lnk sh bat cmd ps1 py js exe dll db sqlite sha256 md5 sfv"
  ).split(" "),
);
/** Names of stray files that carry no extension: desktop droppings and project notes. */
const STRAY_NAMES =
  /^(thumbs\.db|desktop\.ini|icon\r|(readme|license|licence|copying|notice|changelog|authors|manifest)(\..*)?)$/i;

export function classifyFile(name: string): FileKind {
  if (name.startsWith(".")) return "ignored"; // .DS_Store, AppleDouble "._IM000001", editor swap files
  if (/^dicomdir$/i.test(name)) return "dicomdir";
  if (STRAY_NAMES.test(name)) return "ignored";
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  if (ext === "jpg" || ext === "jpeg") return "jpg";
  if (ext === "pdf") return "pdf";
  if (ext === "csv") return "csv";
  if (NOT_DICOM.has(ext)) return "ignored";
  return "dicom";
}
