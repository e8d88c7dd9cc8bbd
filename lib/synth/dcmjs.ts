// Typed facade over the few dcmjs calls we use (dcmjs ships no TypeScript types).
import dcmjsUntyped from "dcmjs";

export type NaturalDataset = Record<string, unknown> & { _vrMap?: Record<string, string> };
type DenaturalDataset = Record<string, { vr: string; Value?: unknown[] }>;

interface DicomDictInstance {
  meta: DenaturalDataset;
  dict: DenaturalDataset;
  write(options?: { allowInvalidVRLength?: boolean }): ArrayBuffer;
}

interface DcmjsApi {
  data: {
    DicomDict: new (meta: DenaturalDataset) => DicomDictInstance;
    DicomMetaDictionary: {
      denaturalizeDataset(dataset: NaturalDataset): DenaturalDataset;
      naturalizeDataset(dataset: DenaturalDataset): NaturalDataset;
    };
    DicomMessage: { readFile(buffer: ArrayBuffer, options?: Record<string, unknown>): DicomDictInstance };
  };
  log?: { setLevel?(level: string): void };
}

const dcmjs = dcmjsUntyped as unknown as DcmjsApi;
// dcmjs logs warnings through loglevel; keep a CLI run's output clean (errors still throw).
dcmjs.log?.setLevel?.("error");

export const EXPLICIT_VR_LE = "1.2.840.10008.1.2.1";

/** Part 10 file bytes (preamble, DICM, group 2 with its group length, then the data set). */
export function writePart10(meta: NaturalDataset, dataset: NaturalDataset): Uint8Array {
  const { DicomDict, DicomMetaDictionary } = dcmjs.data;
  const dict = new DicomDict(DicomMetaDictionary.denaturalizeDataset(meta));
  dict.dict = DicomMetaDictionary.denaturalizeDataset(dataset);
  return new Uint8Array(dict.write());
}

/** DS value text: at most 16 characters, no exponent for our ranges, trailing zeros trimmed. */
export function ds(value: number, decimals = 6): string {
  // Only a fraction's zeros: toFixed(0) has no point, and "100" must not lose its own zeros.
  const fixed = (d: number) => value.toFixed(d).replace(/\.0*$|(\.\d*?)0+$/, "$1");
  let text = fixed(decimals);
  if (text === "-0") text = "0";
  while (text.length > 16 && decimals > 0) text = fixed(--decimals);
  return text;
}
