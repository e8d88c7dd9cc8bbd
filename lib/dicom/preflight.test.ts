// The Part 10 envelope checks on files written by dcmjs and on hand-made damage: what passes, and the reason for each
// kind of file that is not a DICOM Part 10 file (or whose file meta is broken), with the numbers that show it.
import { describe, expect, it } from "vitest";
import { preflight, tagName } from "./preflight";
import { buildPart10, mrDataset, TS_IMPLICIT_LE } from "./test-utils/build-dicom";

const reason = (b: Uint8Array) => {
  const r = preflight(b);
  return r.ok ? "ok" : r.reason;
};

/** Preamble and DICM, then `rest`. */
const part10 = (...rest: number[]) => {
  const b = new Uint8Array(132 + rest.length);
  b.set([0x44, 0x49, 0x43, 0x4d], 128);
  b.set(rest, 132);
  return b;
};
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const le16 = (n: number) => [n & 0xff, n >> 8];

describe("preflight: valid files", () => {
  it("reads the transfer syntax (padding removed), where the data set starts and the meta elements", () => {
    const file = buildPart10(mrDataset(), { transferSyntaxUid: TS_IMPLICIT_LE });
    const r = preflight(file);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.transferSyntaxUid).toBe(TS_IMPLICIT_LE);
    expect(r.warnings).toEqual([]);
    expect(r.metaElements.has(0x0010)).toBe(true);
    // The data set starts right after the meta group, whose length (0002,0000) says where it ends.
    const groupLength = new DataView(file.buffer, file.byteOffset).getUint32(140, true);
    expect(r.metaEnd).toBe(144 + groupLength);
  });

  it("warns, not refuses, when the group length element is missing", () => {
    const uid = "1.2.840.10008.1.2.1\0";
    const b = part10(
      2,
      0,
      0x10,
      0,
      ...ascii("UI"),
      ...le16(uid.length),
      ...ascii(uid),
      8,
      0,
      0x60,
      0,
      ...ascii("CS"),
      0,
      0,
    );
    const r = preflight(b);
    expect(r).toMatchObject({
      ok: true,
      transferSyntaxUid: "1.2.840.10008.1.2.1",
      warnings: ["File Meta Information Group Length (0002,0000) is missing"],
    });
  });
});

describe("preflight: not a Part 10 file", () => {
  it("names empty, gzip, ZIP, bare data sets, short files and text", () => {
    expect(reason(new Uint8Array(0))).toBe("file is empty (0 bytes)");
    expect(reason(new Uint8Array([0x1f, 0x8b, 8, 0]))).toMatch(/^file is gzip-compressed \(starts with 1F 8B\)/);
    expect(reason(new Uint8Array([0x50, 0x4b, 3, 4, 0]))).toBe("file is a ZIP archive, not a DICOM file");
    expect(reason(new Uint8Array([8, 0, 0x16, 0, 0x55, 0x49, 2, 0, 0, 0]))).toMatch(/it is a bare DICOM data set/);
    expect(reason(new Uint8Array([0x00, 0x08, 0x00, 0x16, 0, 0, 0, 0]))).toMatch(/bare DICOM data set/);
    expect(reason(new Uint8Array([0xaa, 0xbb, 0xcc, 0xdd, 0xee]))).toBe(
      "file is only 5 bytes, too short for the 128-byte preamble and 'DICM' prefix of a DICOM Part 10 file",
    );
    expect(reason(new TextEncoder().encode("patient,study\n".repeat(20)))).toBe(
      "not a DICOM file: it looks like text and has no 'DICM' prefix at byte 128",
    );
    expect(reason(new Uint8Array(300).fill(0xaa))).toBe("not a DICOM Part 10 file: no 'DICM' prefix at byte 128");
  });
});

describe("preflight: damaged file meta", () => {
  it("names a file that stops at the prefix or inside the meta group", () => {
    expect(reason(part10())).toBe("file ends right after the 'DICM' prefix: no File Meta Information");
    expect(reason(part10(2, 0, 0, 0))).toBe("file ends inside the File Meta Information (136 bytes)");
    expect(reason(part10(2, 0, 0x10, 0, ...ascii("UI"), 40, 0, ...ascii("1.2")))).toBe(
      "file ends inside the File Meta Information: (0002,0010) needs 40 bytes but only 3 remain",
    );
  });

  it("tells a data set cut short after a complete meta group from a cut meta group", () => {
    const meta = [2, 0, 0x10, 0, ...ascii("UI"), 2, 0, ...ascii("1\0")];
    expect(reason(part10(...meta, 8, 0, 0x60))).toBe("file ends inside the data set (145 bytes)");
    expect(reason(part10(...meta, 2, 0, 0x12))).toBe("file ends inside the File Meta Information (145 bytes)");
  });

  it("names an element without an explicit VR and one with an undefined length", () => {
    expect(reason(part10(2, 0, 1, 0, 4, 0, 0, 0, 0, 0))).toBe(
      "File Meta Information element (0002,0001) has no valid explicit VR: the meta group is damaged",
    );
    expect(reason(part10(2, 0, 1, 0, ...ascii("OB"), 0, 0, 0xff, 0xff, 0xff, 0xff))).toBe(
      "File Meta Information element (0002,0001) has an undefined length",
    );
  });

  it("names a missing meta group, a missing transfer syntax and a missing data set", () => {
    expect(reason(part10(8, 0, 0x16, 0, ...ascii("UI"), 0, 0))).toBe(
      "no File Meta Information after the 'DICM' prefix (first element is (0008,0016))",
    );
    expect(reason(part10(2, 0, 2, 0, ...ascii("UI"), 2, 0, ...ascii("1\0"), 8, 0, 0x60, 0, ...ascii("CS"), 0, 0))).toBe(
      "File Meta Information has no Transfer Syntax UID (0002,0010)",
    );
    expect(reason(part10(2, 0, 0x10, 0, ...ascii("UI"), 2, 0, ...ascii("1\0")))).toBe(
      "file holds File Meta Information but no data set",
    );
  });
});

describe("tagName", () => {
  it("writes (gggg,eeee) in upper-case hex", () => {
    expect(tagName(0x7fe0, 0x10)).toBe("(7FE0,0010)");
  });
});
