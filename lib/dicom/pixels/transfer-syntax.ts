// Transfer syntax UIDs and how each one's pixel data is stored, so decoding dispatches from one table.

export const TS = {
  implicitLE: "1.2.840.10008.1.2",
  explicitLE: "1.2.840.10008.1.2.1",
  deflatedLE: "1.2.840.10008.1.2.1.99",
  explicitBE: "1.2.840.10008.1.2.2",
  jpegBaseline: "1.2.840.10008.1.2.4.50",
  jpegExtended: "1.2.840.10008.1.2.4.51",
  jpegLossless57: "1.2.840.10008.1.2.4.57",
  jpegLossless70: "1.2.840.10008.1.2.4.70",
  jpegLsLossless: "1.2.840.10008.1.2.4.80",
  jpegLsNearLossless: "1.2.840.10008.1.2.4.81",
  j2kLossless: "1.2.840.10008.1.2.4.90",
  j2k: "1.2.840.10008.1.2.4.91",
  htj2kLossless: "1.2.840.10008.1.2.4.201",
  htj2kLosslessRpcl: "1.2.840.10008.1.2.4.202",
  htj2k: "1.2.840.10008.1.2.4.203",
  rle: "1.2.840.10008.1.2.5",
} as const;

export type CodecId = "rle" | "jpeg-baseline" | "jpeg-extended" | "jpeg-lossless" | "jpeg-ls" | "j2k" | "htj2k";

const CODEC_BY_TS: Record<string, CodecId> = {
  [TS.rle]: "rle",
  [TS.jpegBaseline]: "jpeg-baseline",
  [TS.jpegExtended]: "jpeg-extended",
  [TS.jpegLossless57]: "jpeg-lossless",
  [TS.jpegLossless70]: "jpeg-lossless",
  [TS.jpegLsLossless]: "jpeg-ls",
  [TS.jpegLsNearLossless]: "jpeg-ls",
  [TS.j2kLossless]: "j2k",
  [TS.j2k]: "j2k",
  [TS.htj2kLossless]: "htj2k",
  [TS.htj2kLosslessRpcl]: "htj2k",
  [TS.htj2k]: "htj2k",
};

const NATIVE = new Set<string>([TS.implicitLE, TS.explicitLE, TS.deflatedLE, TS.explicitBE]);

/** Pixel data stored uncompressed (deflate applies to the whole dataset, which dicom-parser inflates). */
export function isNativeTransferSyntax(uid: string): boolean {
  return NATIVE.has(uid);
}

/** The codec that decodes encapsulated frames of this transfer syntax, or undefined when none is supported. */
export function codecForTransferSyntax(uid: string): CodecId | undefined {
  return CODEC_BY_TS[uid];
}

/** Transfer syntaxes whose encoding loses information (decoded pixels differ slightly from the original). */
export function isLossyTransferSyntax(uid: string): boolean {
  return uid === TS.jpegBaseline || uid === TS.jpegExtended || uid === TS.jpegLsNearLossless || uid === TS.j2k || uid === TS.htj2k;
}

export function isSupportedTransferSyntax(uid: string): boolean {
  return isNativeTransferSyntax(uid) || uid in CODEC_BY_TS;
}
