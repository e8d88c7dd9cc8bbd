// Output contract every codec wrapper returns, so decode-frame converts all of them the same way.
import type { ImageInfo } from "../types";

export interface RawFrame {
  /** Little-endian samples. */
  bytes: Uint8Array;
  /** Container size of each sample in `bytes`. */
  bytesPerSample: 1 | 2 | 4;
  width: number;
  height: number;
  components: number;
  /** Bits per sample in the codestream, when the codec reports it (sign extension uses it). */
  precision?: number;
  /** True when the codec produced two's-complement values itself (J2K signed codestreams). */
  signed?: boolean;
  /** Photometric after decode when the codec converted colour (JPEG YBR -> RGB, J2K RCT/ICT -> RGB). */
  photometric?: string;
  /** 1 when the codec returned planes (JPEG-LS interleave mode none). */
  planarConfiguration?: number;
}

export type CodecDecode = (encoded: Uint8Array, info: ImageInfo) => Promise<RawFrame>;
