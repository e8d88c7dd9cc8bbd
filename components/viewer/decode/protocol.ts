// Messages between the viewer and its decode worker, typed on both sides.
import type { DecodedFrame, DisplayParams } from "@/lib/dicom/pixels";
import type { MetadataEntry } from "./metadata";
import type { SliceValues } from "./slice-values";

export interface DecodeRequest {
  id: number;
  /** Cache key of the file in the worker (instance id): later frames of a multi-frame file reuse its parse. */
  key: string;
  frame: number;
  /** The file's bytes (transferred); omitted for further frames of a file the worker already holds. */
  bytes?: ArrayBuffer;
}

export interface DecodedSlice {
  frame: DecodedFrame;
  params: DisplayParams;
  values: SliceValues;
  color: boolean;
  metadata: MetadataEntry[];
  transferSyntax: string;
  decodeMs: number;
}

/** A failure after a successful parse still carries the allow-listed metadata, shown beside the JPG fallback. */
export type DecodeResponse =
  { id: number; ok: true; slice: DecodedSlice } | { id: number; ok: false; error: string; metadata?: MetadataEntry[] };
