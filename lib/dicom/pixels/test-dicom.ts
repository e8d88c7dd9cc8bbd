// Test helper: writes tiny Part 10 files (explicit VR LE/BE) so frame-layout edge cases can be tested without corpus files.
import { parseDicom, type DataSet } from "dicom-parser";

export interface TestImage {
  transferSyntax?: string;
  rows: number;
  columns: number;
  bitsAllocated: number;
  bitsStored?: number;
  pixelRepresentation?: number;
  samplesPerPixel?: number;
  photometric?: string;
  planarConfiguration?: number;
  frames?: number;
  /** Native pixel bytes (already in the file's byte order)... */
  native?: Uint8Array;
  /** ...or encapsulated fragments, with an optional Basic Offset Table. */
  fragments?: Uint8Array[];
  basicOffsetTable?: number[];
}

const LONG_VRS = new Set(["OB", "OW", "OF", "SQ", "UT", "UN"]);

class Writer {
  private parts: number[] = [];
  constructor(private bigEndian = false) {}
  u16(v: number) {
    if (this.bigEndian) this.parts.push((v >> 8) & 0xff, v & 0xff);
    else this.parts.push(v & 0xff, (v >> 8) & 0xff);
  }
  u32(v: number) {
    const b = [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
    this.parts.push(...(this.bigEndian ? b.reverse() : b));
  }
  bytes(b: ArrayLike<number>) {
    for (let i = 0; i < b.length; i++) this.parts.push(b[i]!);
  }
  element(group: number, elem: number, vr: string, value: ArrayLike<number>, undefinedLength = false) {
    this.u16(group);
    this.u16(elem);
    this.bytes([vr.charCodeAt(0), vr.charCodeAt(1)]);
    if (LONG_VRS.has(vr)) {
      this.u16(0);
      this.u32(undefinedLength ? 0xffffffff : value.length);
    } else this.u16(value.length);
    this.bytes(value);
  }
  text(group: number, elem: number, vr: string, s: string) {
    const padded = s.length % 2 ? s + (vr === "UI" ? "\0" : " ") : s;
    this.element(
      group,
      elem,
      vr,
      Array.from(padded, (c) => c.charCodeAt(0)),
    );
  }
  us(group: number, elem: number, v: number) {
    const w = new Writer(this.bigEndian);
    w.u16(v);
    this.element(group, elem, "US", w.parts);
  }
  item(data: ArrayLike<number>, tag = 0xe000) {
    this.u16(0xfffe);
    this.u16(tag);
    this.u32(data.length);
    this.bytes(data);
  }
  get length() {
    return this.parts.length;
  }
  toBytes() {
    return new Uint8Array(this.parts);
  }
}

/** Build and parse a file; fragments are written as items after the Basic Offset Table item. */
export function buildDataSet(img: TestImage): DataSet {
  const ts = img.transferSyntax ?? "1.2.840.10008.1.2.1";
  const meta = new Writer();
  meta.text(0x0002, 0x0010, "UI", ts);
  const body = new Writer(ts === "1.2.840.10008.1.2.2");
  body.us(0x0028, 0x0002, img.samplesPerPixel ?? 1);
  body.text(0x0028, 0x0004, "CS", img.photometric ?? "MONOCHROME2");
  if ((img.samplesPerPixel ?? 1) > 1) body.us(0x0028, 0x0006, img.planarConfiguration ?? 0);
  body.text(0x0028, 0x0008, "IS", String(img.frames ?? 1));
  body.us(0x0028, 0x0010, img.rows);
  body.us(0x0028, 0x0011, img.columns);
  body.us(0x0028, 0x0100, img.bitsAllocated);
  body.us(0x0028, 0x0101, img.bitsStored ?? img.bitsAllocated);
  body.us(0x0028, 0x0102, (img.bitsStored ?? img.bitsAllocated) - 1);
  body.us(0x0028, 0x0103, img.pixelRepresentation ?? 0);
  if (img.fragments) {
    body.element(0x7fe0, 0x0010, "OB", [], true);
    const bot = new Writer();
    for (const o of img.basicOffsetTable ?? []) bot.u32(o);
    body.item(bot.toBytes());
    for (const f of img.fragments) body.item(f);
    body.item([], 0xe0dd);
  } else {
    const data = img.native ?? new Uint8Array();
    body.element(0x7fe0, 0x0010, img.bitsAllocated > 8 ? "OW" : "OB", data.length % 2 ? [...data, 0] : data);
  }
  const file = new Uint8Array(132 + meta.length + body.length);
  file.set([0x44, 0x49, 0x43, 0x4d], 128);
  file.set(meta.toBytes(), 132);
  file.set(body.toBytes(), 132 + meta.length);
  return parseDicom(file);
}

/** Minimal RLE encoder for tests: replicate runs for 3+ equal bytes, literal runs otherwise. */
export function rleEncode(planes: Uint8Array[]): Uint8Array {
  const segments = planes.map((p) => {
    const out: number[] = [];
    let i = 0;
    while (i < p.length) {
      let run = 1;
      while (i + run < p.length && p[i + run] === p[i] && run < 128) run++;
      if (run >= 3) {
        out.push(257 - run, p[i]!);
        i += run;
        continue;
      }
      let lit = 1;
      while (i + lit < p.length && lit < 128 && !(p[i + lit] === p[i + lit + 1] && p[i + lit] === p[i + lit + 2]))
        lit++;
      out.push(lit - 1, ...p.subarray(i, i + lit));
      i += lit;
    }
    if (out.length % 2) out.push(0x80); // pad with a no-op header
    return out;
  });
  const header = new Uint8Array(64);
  const view = new DataView(header.buffer);
  view.setUint32(0, segments.length, true);
  let offset = 64;
  segments.forEach((s, k) => {
    view.setUint32(4 + 4 * k, offset, true);
    offset += s.length;
  });
  return new Uint8Array([...header, ...segments.flat()]);
}
