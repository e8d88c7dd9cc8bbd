// Shared shapes for the decode and display layers, kept separate so the worker, the UI and tests agree on one contract.

/** Typed arrays a decoded frame can hold (one element per sample). */
export type PixelArray = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array;

/** One decoded frame: samples as numbers, after any codec colour conversion. */
export interface DecodedFrame {
  rows: number;
  columns: number;
  samplesPerPixel: number;
  /** Photometric interpretation of `pixels` (e.g. "RGB" once a JPEG codec has converted YBR). */
  photometric: string;
  bitsAllocated: number;
  /** Significant bits per sample in `pixels` (values are masked/sign-extended to this width). */
  bitsStored: number;
  /** 0 = unsigned, 1 = signed (two's complement). Float data reports 0 and is recognisable by Float32Array. */
  pixelRepresentation: number;
  /** 0 = interleaved (R1G1B1R2...), 1 = planar (RRR...GGG...BBB...). */
  planarConfiguration: number;
  pixels: PixelArray;
}

/** Image Pixel module attributes needed to decode frames of one instance. */
export interface ImageInfo {
  transferSyntax: string;
  rows: number;
  columns: number;
  samplesPerPixel: number;
  bitsAllocated: number;
  bitsStored: number;
  highBit: number;
  pixelRepresentation: number;
  photometric: string;
  planarConfiguration: number;
  numberOfFrames: number;
}

/** What a codec wrapper returns for one compressed frame. */
export interface CodecOutput {
  pixels: PixelArray;
  /** Photometric after decode, when the codec changed it (e.g. YBR_FULL_422 -> RGB). */
  photometric?: string;
  /** Layout of the codec output, when it differs from the dataset's. */
  planarConfiguration?: number;
  /** Set when the codec already produced correctly signed values (no sign extension needed). */
  signedByCodec?: boolean;
}

/** Decoded frame error with a reason meant for logs and the UI. */
export class PixelDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PixelDecodeError";
  }
}
