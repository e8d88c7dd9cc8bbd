// Reading a DICOMDIR back: where each record and offset value sits in the bytes, and a media reader's walk that refuses
// offsets that loop, skip levels or end the root list in the wrong place.
import { describe, expect, it } from "vitest";
import { writePart10 } from "./dcmjs";
import { fileMeta } from "./dicom-image";
import { buildDicomdir, MEDIA_STORAGE_DIRECTORY, type DirPatient } from "./dicomdir";
import { recordLayout, walkDicomdir } from "./dicomdir-read";

const MR = "1.2.840.10008.5.1.4.1.1.4";
const patients: DirPatient[] = [1, 2].map((p) => ({
  sex: "M",
  studies: [
    {
      studyUid: `2.25.${p}`,
      date: "20240101",
      time: "090000",
      description: "S",
      series: [
        {
          modality: "MR",
          seriesUid: `2.25.${p}.1`,
          seriesNumber: 1,
          description: "SAG",
          images: [1, 2].map((i) => ({
            fileId: [`ST00000${p}`, "SE000001", `IM00000${i}`],
            sopClassUid: MR,
            sopInstanceUid: `2.25.${p}.1.${i}`,
            instanceNumber: i,
          })),
        },
      ],
    },
  ],
}));
const bytes = buildDicomdir(patients, "2.25.9");
const layout = recordLayout(bytes);
const u32 = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset).getUint32(at, true);
const set = (b: Uint8Array, at: number, value: number) =>
  new DataView(b.buffer, b.byteOffset).setUint32(at, value, true);
/** The 8 bytes before an explicit VR UL value: group, element (little endian), "UL", length 4. */
const header = (at: number) => [...bytes.subarray(at - 8, at)];
const ul = (group: number, element: number) => [
  group & 0xff,
  group >> 8,
  element & 0xff,
  element >> 8,
  0x55,
  0x4c,
  4,
  0,
];

describe("recordLayout", () => {
  it("finds every record's item tag and the two offset values inside it", () => {
    expect(layout.records).toHaveLength(2 * 5);
    for (const r of layout.records) {
      expect([...bytes.subarray(r.itemOffset, r.itemOffset + 4)]).toEqual([0xfe, 0xff, 0x00, 0xe0]);
      expect(header(r.nextValueAt)).toEqual(ul(0x0004, 0x1400));
      expect(header(r.lowerValueAt)).toEqual(ul(0x0004, 0x1420));
      expect(r.nextValueAt).toBeGreaterThan(r.itemOffset);
    }
    // Records in file order.
    layout.records.slice(1).forEach((r, k) => expect(r.itemOffset).toBeGreaterThan(layout.records[k]!.itemOffset));
  });

  it("finds the first and last root record offsets", () => {
    expect(header(layout.firstValueAt)).toEqual(ul(0x0004, 0x1200));
    expect(header(layout.lastValueAt)).toEqual(ul(0x0004, 0x1202));
    expect(u32(bytes, layout.firstValueAt)).toBe(layout.records[0]!.itemOffset);
    expect(u32(bytes, layout.lastValueAt)).toBe(layout.records[5]!.itemOffset);
  });

  it("refuses a file without a directory record sequence", () => {
    const plain = writePart10(fileMeta(MEDIA_STORAGE_DIRECTORY, "2.25.8"), { FileSetID: "X" });
    expect(() => recordLayout(plain)).toThrow(/DICOMDIR: missing x00041220/);
  });
});

describe("walkDicomdir", () => {
  it("visits patient, study, series, images depth first, with file IDs and SOP instances", () => {
    const walked = walkDicomdir(bytes);
    const patient = ["0PATIENT", "1STUDY", "2SERIES", "3IMAGE", "3IMAGE"];
    expect(walked.map((r) => `${r.depth}${r.type}`)).toEqual([...patient, ...patient]);
    expect(walked.map((r) => r.offset)).toEqual(layout.records.map((r) => r.itemOffset));
    const images = walked.filter((r) => r.type === "IMAGE");
    expect(images.map((r) => r.fileId)).toEqual([
      "ST000001\\SE000001\\IM000001",
      "ST000001\\SE000001\\IM000002",
      "ST000002\\SE000001\\IM000001",
      "ST000002\\SE000001\\IM000002",
    ]);
    expect(images.map((r) => r.sopInstanceUid)).toEqual(["2.25.1.1.1", "2.25.1.1.2", "2.25.2.1.1", "2.25.2.1.2"]);
  });

  it("refuses a loop", () => {
    const b = bytes.slice();
    const image = layout.records[4]!;
    set(b, image.nextValueAt, layout.records[3]!.itemOffset);
    expect(() => walkDicomdir(b)).toThrow(/reached twice/);
  });

  it("refuses a level skipped", () => {
    const b = bytes.slice();
    set(b, layout.records[0]!.lowerValueAt, layout.records[3]!.itemOffset);
    expect(() => walkDicomdir(b)).toThrow(/IMAGE record at depth 1/);
  });

  it("refuses a last-root offset that is not the last patient", () => {
    const b = bytes.slice();
    set(b, layout.lastValueAt, layout.records[0]!.itemOffset);
    expect(() => walkDicomdir(b)).toThrow(/last root record offset is wrong/);
  });

  it("refuses an offset into the middle of a record", () => {
    const b = bytes.slice();
    set(b, layout.firstValueAt, layout.records[0]!.itemOffset + 8);
    expect(() => walkDicomdir(b)).toThrow(/not a directory record/);
  });

  it("reads a file set without records as empty", () => {
    const plain = writePart10(fileMeta(MEDIA_STORAGE_DIRECTORY, "2.25.8"), {
      FileSetID: "X",
      DirectoryRecordSequence: [],
    });
    expect(walkDicomdir(plain)).toEqual([]);
  });
});
