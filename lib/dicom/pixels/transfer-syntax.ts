// How the pixel decoder reads the one transfer-syntax table (lib/dicom/transfer-syntax.ts): which syntaxes store
// pixels natively, which decoder takes the encapsulated ones, which encodings are lossy.
import { transferSyntax, type CodecId } from "../transfer-syntax";

export type { CodecId };

/** Pixel data stored uncompressed (deflate applies to the whole dataset, which dicom-parser inflates). */
export function isNativeTransferSyntax(uid: string): boolean {
  const ts = transferSyntax(uid);
  return !!ts && !ts.encapsulated && !ts.referenced;
}

/** The codec that decodes encapsulated frames of this transfer syntax, or undefined when none is supported. */
export function codecForTransferSyntax(uid: string): CodecId | undefined {
  return transferSyntax(uid)?.decoder;
}

/** Transfer syntaxes whose encoding loses information (decoded pixels differ slightly from the original). */
export function isLossyTransferSyntax(uid: string): boolean {
  return transferSyntax(uid)?.lossy === true;
}

export function isSupportedTransferSyntax(uid: string): boolean {
  return isNativeTransferSyntax(uid) || codecForTransferSyntax(uid) !== undefined;
}
