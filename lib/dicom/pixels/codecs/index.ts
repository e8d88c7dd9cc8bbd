// Maps a codec id to its wrapper; each wrapper imports its codec package lazily, so a file only loads the codec it needs.
import type { CodecId } from "../transfer-syntax";
import type { CodecDecode } from "./types";
import { decodeRle } from "./rle";
import { decodeJpegBaseline } from "./jpeg-baseline";
import { decodeJpegExtended } from "./jpeg-extended";
import { decodeJpegLossless } from "./jpeg-lossless";
import { decodeJpegLs } from "./jpeg-ls";
import { decodeHtj2k, decodeJpeg2000 } from "./jpeg2000";

export const CODECS: Record<CodecId, CodecDecode> = {
  rle: decodeRle,
  "jpeg-baseline": decodeJpegBaseline,
  "jpeg-extended": decodeJpegExtended,
  "jpeg-lossless": decodeJpegLossless,
  "jpeg-ls": decodeJpegLs,
  j2k: decodeJpeg2000,
  htj2k: decodeHtj2k,
};

export { configureCodecs, codecOptions, type CodecOptions } from "./config";
export type { RawFrame, CodecDecode } from "./types";
