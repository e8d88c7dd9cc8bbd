// The one table of transfer syntaxes (PS3.5 / PS3.6 Annex A): validation refuses unknown UIDs and checks how pixels
// are stored, and the pixel decoder (lib/dicom/pixels/transfer-syntax.ts) dispatches on its `decoder` column. It is
// plain data with no imports, so the viewer's client bundle can carry it.

/** The decoders lib/dicom/pixels has for encapsulated frames. */
export type CodecId = "rle" | "jpeg-baseline" | "jpeg-extended" | "jpeg-lossless" | "jpeg-ls" | "j2k" | "htj2k";

export interface TransferSyntaxInfo {
  uid: string;
  name: string;
  /** Pixel data stored as encapsulated fragments (compressed or not). */
  encapsulated: boolean;
  littleEndian: boolean;
  explicitVr: boolean;
  /** Data set after the file meta is a raw deflate stream. */
  deflated?: boolean;
  /** Codestream family of the fragments, used for header sanity checks. */
  codec?: "jpeg" | "jpeg-ls" | "j2k" | "rle" | "video" | "jpeg-xl" | "none";
  retired?: boolean;
  /** Pixel data is referenced (JPIP), not stored in the file. */
  referenced?: boolean;
  /** The decoder for its encapsulated frames; absent when the viewer cannot decode them. */
  decoder?: CodecId;
  /** The encoding loses information (decoded pixels differ slightly from the original). */
  lossy?: boolean;
}

type Row = [
  uid: string,
  name: string,
  codec: NonNullable<TransferSyntaxInfo["codec"]>,
  extra?: Partial<TransferSyntaxInfo>,
];

const ROWS: Row[] = [
  ["1.2.840.10008.1.2", "Implicit VR Little Endian", "none", { encapsulated: false, explicitVr: false }],
  ["1.2.840.10008.1.2.1", "Explicit VR Little Endian", "none", { encapsulated: false }],
  ["1.2.840.10008.1.2.1.98", "Encapsulated Uncompressed Explicit VR Little Endian", "none"],
  ["1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", "none", { encapsulated: false, deflated: true }],
  [
    "1.2.840.10008.1.2.2",
    "Explicit VR Big Endian",
    "none",
    { encapsulated: false, littleEndian: false, retired: true },
  ],
  ["1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)", "jpeg", { decoder: "jpeg-baseline", lossy: true }],
  ["1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)", "jpeg", { decoder: "jpeg-extended", lossy: true }],
  ["1.2.840.10008.1.2.4.53", "JPEG Spectral Selection, Non-Hierarchical (Process 6 & 8)", "jpeg", { retired: true }],
  ["1.2.840.10008.1.2.4.55", "JPEG Full Progression, Non-Hierarchical (Process 10 & 12)", "jpeg", { retired: true }],
  ["1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)", "jpeg", { decoder: "jpeg-lossless" }],
  [
    "1.2.840.10008.1.2.4.70",
    "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 SV1)",
    "jpeg",
    { decoder: "jpeg-lossless" },
  ],
  ["1.2.840.10008.1.2.4.80", "JPEG-LS Lossless", "jpeg-ls", { decoder: "jpeg-ls" }],
  ["1.2.840.10008.1.2.4.81", "JPEG-LS Near-Lossless", "jpeg-ls", { decoder: "jpeg-ls", lossy: true }],
  ["1.2.840.10008.1.2.4.90", "JPEG 2000 Lossless", "j2k", { decoder: "j2k" }],
  ["1.2.840.10008.1.2.4.91", "JPEG 2000", "j2k", { decoder: "j2k", lossy: true }],
  ["1.2.840.10008.1.2.4.92", "JPEG 2000 Part 2 Multi-component Lossless", "j2k"],
  ["1.2.840.10008.1.2.4.93", "JPEG 2000 Part 2 Multi-component", "j2k"],
  ["1.2.840.10008.1.2.4.94", "JPIP Referenced", "none", { encapsulated: false, referenced: true }],
  [
    "1.2.840.10008.1.2.4.95",
    "JPIP Referenced Deflate",
    "none",
    { encapsulated: false, referenced: true, deflated: true },
  ],
  ["1.2.840.10008.1.2.4.100", "MPEG2 Main Profile / Main Level", "video"],
  ["1.2.840.10008.1.2.4.100.1", "Fragmentable MPEG2 Main Profile / Main Level", "video"],
  ["1.2.840.10008.1.2.4.101", "MPEG2 Main Profile / High Level", "video"],
  ["1.2.840.10008.1.2.4.101.1", "Fragmentable MPEG2 Main Profile / High Level", "video"],
  ["1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264 High Profile / Level 4.1", "video"],
  ["1.2.840.10008.1.2.4.102.1", "Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.1", "video"],
  ["1.2.840.10008.1.2.4.103", "MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1", "video"],
  ["1.2.840.10008.1.2.4.103.1", "Fragmentable MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1", "video"],
  ["1.2.840.10008.1.2.4.104", "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video", "video"],
  ["1.2.840.10008.1.2.4.104.1", "Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video", "video"],
  ["1.2.840.10008.1.2.4.105", "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video", "video"],
  ["1.2.840.10008.1.2.4.105.1", "Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video", "video"],
  ["1.2.840.10008.1.2.4.106", "MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2", "video"],
  ["1.2.840.10008.1.2.4.106.1", "Fragmentable MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2", "video"],
  ["1.2.840.10008.1.2.4.107", "HEVC/H.265 Main Profile / Level 5.1", "video"],
  ["1.2.840.10008.1.2.4.108", "HEVC/H.265 Main 10 Profile / Level 5.1", "video"],
  ["1.2.840.10008.1.2.4.110", "JPEG XL Lossless", "jpeg-xl"],
  ["1.2.840.10008.1.2.4.111", "JPEG XL JPEG Recompression", "jpeg-xl"],
  ["1.2.840.10008.1.2.4.112", "JPEG XL", "jpeg-xl"],
  ["1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Lossless", "j2k", { decoder: "htj2k" }],
  ["1.2.840.10008.1.2.4.202", "High-Throughput JPEG 2000 with RPCL Options Lossless", "j2k", { decoder: "htj2k" }],
  ["1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000", "j2k", { decoder: "htj2k", lossy: true }],
  ["1.2.840.10008.1.2.4.204", "JPIP HTJ2K Referenced", "none", { encapsulated: false, referenced: true }],
  [
    "1.2.840.10008.1.2.4.205",
    "JPIP HTJ2K Referenced Deflate",
    "none",
    { encapsulated: false, referenced: true, deflated: true },
  ],
  ["1.2.840.10008.1.2.5", "RLE Lossless", "rle", { decoder: "rle" }],
];

export const TRANSFER_SYNTAXES: ReadonlyMap<string, TransferSyntaxInfo> = new Map(
  ROWS.map(([uid, name, codec, extra]) => [
    uid,
    { uid, name, codec, encapsulated: true, littleEndian: true, explicitVr: true, ...extra },
  ]),
);

export const IMPLICIT_VR_LITTLE_ENDIAN = "1.2.840.10008.1.2";
export const EXPLICIT_VR_BIG_ENDIAN = "1.2.840.10008.1.2.2";

/** Look up a transfer syntax UID (trailing NUL/space padding ignored); undefined when unknown. */
export function transferSyntax(uid: string | undefined | null): TransferSyntaxInfo | undefined {
  if (!uid) return undefined;
  return TRANSFER_SYNTAXES.get(uid.replace(/[\0 ]+$/g, ""));
}
