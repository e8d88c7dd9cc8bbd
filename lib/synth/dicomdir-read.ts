// Reads a DICOMDIR back with dicom-parser: where records sit in the file, and the tree their offsets describe.
import { dicomParser } from "./dicom-parser";

export interface RecordLayout {
  /** Byte offset of the record's item tag from the start of the file (what directory offsets point at). */
  itemOffset: number;
  /** Byte offsets of the UL values of (0004,1400) Next and (0004,1420) Lower. */
  nextValueAt: number;
  lowerValueAt: number;
}

export function recordLayout(bytes: Uint8Array): {
  firstValueAt: number;
  lastValueAt: number;
  records: RecordLayout[];
} {
  const ds = dicomParser.parseDicom(bytes);
  const el = (tag: string) => {
    const e = ds.elements[tag];
    if (!e) throw new Error(`DICOMDIR: missing ${tag}`);
    return e;
  };
  const items = el("x00041220").items ?? [];
  const records = items.map((item) => {
    const next = item.dataSet?.elements.x00041400;
    const lower = item.dataSet?.elements.x00041420;
    if (!next || !lower) throw new Error("DICOMDIR: record without offset elements");
    return { itemOffset: item.dataOffset - 8, nextValueAt: next.dataOffset, lowerValueAt: lower.dataOffset };
  });
  return { firstValueAt: el("x00041200").dataOffset, lastValueAt: el("x00041202").dataOffset, records };
}

export interface WalkedRecord {
  type: string;
  depth: number;
  offset: number;
  fileId?: string;
  sopInstanceUid?: string;
}

/**
 * Follows First -> (Next | Lower)* from the root, the way a media reader does. Throws when an offset does not
 * land on a record, a record is reached twice, or the levels are out of order.
 */
export function walkDicomdir(bytes: Uint8Array): WalkedRecord[] {
  const ds = dicomParser.parseDicom(bytes);
  const items = ds.elements.x00041220?.items ?? [];
  const byOffset = new Map(items.map((item) => [item.dataOffset - 8, item]));
  const out: WalkedRecord[] = [];
  const seen = new Set<number>();
  const levels = ["PATIENT", "STUDY", "SERIES", "IMAGE"];
  const visit = (offset: number, depth: number) => {
    for (let at = offset; at !== 0;) {
      const item = byOffset.get(at);
      if (!item?.dataSet) throw new Error(`DICOMDIR: offset ${at} is not a directory record`);
      if (seen.has(at)) throw new Error(`DICOMDIR: record at ${at} reached twice`);
      seen.add(at);
      const r = item.dataSet;
      const type = r.string("x00041430") ?? "";
      if (levels.indexOf(type) !== depth) throw new Error(`DICOMDIR: ${type} record at depth ${depth}`);
      out.push({ type, depth, offset: at, fileId: r.string("x00041500"), sopInstanceUid: r.string("x00041511") });
      const lower = r.uint32("x00041420") ?? 0;
      if (lower) visit(lower, depth + 1);
      at = r.uint32("x00041400") ?? 0;
    }
  };
  visit(ds.uint32("x00041200") ?? 0, 0);
  const last = ds.uint32("x00041202") ?? 0;
  const roots = out.filter((r) => r.depth === 0);
  if (roots.length && roots[roots.length - 1]!.offset !== last)
    throw new Error("DICOMDIR: last root record offset is wrong");
  return out;
}
