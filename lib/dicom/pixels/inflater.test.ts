// Deflated Explicit VR Little Endian through pako (the browser has no zlib): a file written by dcmjs and deflated
// parses like its plain twin, with or without its envelope.
import { deflateRawSync } from "node:zlib";
import { parseDicom } from "dicom-parser";
import { describe, expect, it } from "vitest";
import { buildDeflated, buildPart10, mrDataset } from "../test-utils/build-dicom";
import { parseDicomWithInflater, pakoInflater } from "./inflater";

describe("pakoInflater and parseDicomWithInflater", () => {
  it("parse a deflated file like its plain twin", () => {
    const ds = parseDicomWithInflater(buildDeflated(mrDataset()));
    const plain = parseDicom(buildPart10(mrDataset()));
    expect(ds.string("x00020010")).toBe("1.2.840.10008.1.2.1.99");
    for (const tag of ["x00080060", "x0020000d", "x00280010"]) {
      expect(ds.string(tag) ?? ds.uint16(tag)).toEqual(plain.string(tag) ?? plain.uint16(tag));
    }
  });

  it("keeps the bytes before the deflated part and appends the inflated data", () => {
    const head = new Uint8Array([1, 2, 3]);
    const body = deflateRawSync(Buffer.from("hello"));
    const out = pakoInflater(new Uint8Array([...head, ...body]), 3);
    expect([...out.subarray(0, 3)]).toEqual([1, 2, 3]);
    expect(Buffer.from(out.subarray(3)).toString()).toBe("hello");
  });

  it("parses a deflated file whose envelope is missing", () => {
    const ds = parseDicomWithInflater(buildDeflated(mrDataset()).slice(132));
    expect(ds.string("x00080060")).toBe("MR");
  });
});
