// DICOMDIR offsets: every link must land on an item tag, in depth-first patient/study/series/image order.
import { describe, expect, it } from "vitest";
import { buildDicomdir, type DirPatient } from "./dicomdir";
import { recordLayout, walkDicomdir } from "./dicomdir-read";
import { dicomParser } from "./dicom-parser";

const MR = "1.2.840.10008.5.1.4.1.1.4";
const patients: DirPatient[] = [1, 2].map((p) => ({
  sex: "F",
  studies: [
    {
      studyUid: `2.25.${p}`,
      date: "20240101",
      time: "090000",
      description: "SYNTHETIC",
      series: [1, 2].map((s) => ({
        modality: "MR",
        seriesUid: `2.25.${p}.${s}`,
        seriesNumber: s,
        description: `S${s}`,
        images: [1, 2, 3].map((i) => ({
          fileId: [`ST00000${p}`, `SE00000${s}`, `IM00000${i}`],
          sopClassUid: MR,
          sopInstanceUid: `2.25.${p}.${s}.${i}`,
          instanceNumber: i,
        })),
      })),
    },
  ],
}));

describe("buildDicomdir", () => {
  const bytes = buildDicomdir(patients, "2.25.99");

  it("is a Part 10 Basic Directory with FileSetID and consistency flag", () => {
    const ds = dicomParser.parseDicom(bytes);
    expect(ds.string("x00020002")).toBe("1.2.840.10008.1.3.10");
    expect(ds.string("x00020010")).toBe("1.2.840.10008.1.2.1");
    expect(ds.string("x00041130")).toBe("SYNTHETIC");
    expect(ds.uint16("x00041212")).toBe(0);
  });

  it("links records so a reader reaches each exactly once, in hierarchy order", () => {
    const walked = walkDicomdir(bytes);
    expect(walked.map((r) => r.type[0]).join("")).toBe("PSSIIISIII".repeat(2));
    expect(walked.filter((r) => r.type === "IMAGE").map((r) => r.fileId)).toContain("ST000002\\SE000001\\IM000003");
    for (const r of walked) expect([...bytes.subarray(r.offset, r.offset + 4)]).toEqual([0xfe, 0xff, 0x00, 0xe0]);
  });

  it("sets first/last root offsets and zero terminators", () => {
    const ds = dicomParser.parseDicom(bytes);
    const layout = recordLayout(bytes);
    const patientsAt = walkDicomdir(bytes)
      .filter((r) => r.type === "PATIENT")
      .map((r) => r.offset);
    expect(ds.uint32("x00041200")).toBe(patientsAt[0]);
    expect(ds.uint32("x00041202")).toBe(patientsAt[1]);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const last = layout.records[layout.records.length - 1]!;
    expect(view.getUint32(last.nextValueAt, true)).toBe(0);
    expect(view.getUint32(last.lowerValueAt, true)).toBe(0);
  });

  it("detects a broken offset when reading back", () => {
    const broken = bytes.slice();
    const layout = recordLayout(broken);
    new DataView(broken.buffer).setUint32(layout.records[1]!.lowerValueAt, 12345, true);
    expect(() => walkDicomdir(broken)).toThrow(/not a directory record/);
  });

  it("writes an empty directory with zero offsets", () => {
    const empty = buildDicomdir([], "2.25.98");
    expect(walkDicomdir(empty)).toEqual([]);
    expect(dicomParser.parseDicom(empty).uint32("x00041200")).toBe(0);
  });
});
