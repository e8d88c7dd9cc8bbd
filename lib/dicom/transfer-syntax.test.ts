// The one transfer-syntax table: lookups tolerate DICOM's value padding, unknown UIDs are undefined, and the columns
// the validator and the decoder rely on hold for the syntaxes this dataset meets.
import { describe, expect, it } from "vitest";
import {
  EXPLICIT_VR_BIG_ENDIAN,
  IMPLICIT_VR_LITTLE_ENDIAN,
  TRANSFER_SYNTAXES,
  transferSyntax,
} from "./transfer-syntax";

describe("transferSyntax", () => {
  it("finds a UID with trailing NUL or space padding, and nothing for unknown or empty input", () => {
    expect(transferSyntax("1.2.840.10008.1.2.4.50\0")?.name).toBe("JPEG Baseline (Process 1)");
    expect(transferSyntax("1.2.840.10008.1.2.1 ")?.name).toBe("Explicit VR Little Endian");
    expect(transferSyntax("1.2.840.10008.1.2.4.50.1")).toBeUndefined();
    expect(transferSyntax(" 1.2.840.10008.1.2")).toBeUndefined();
    expect(transferSyntax("")).toBeUndefined();
    expect(transferSyntax(null)).toBeUndefined();
    expect(transferSyntax(undefined)).toBeUndefined();
  });

  it("describes the native syntaxes' byte layout", () => {
    expect(transferSyntax(IMPLICIT_VR_LITTLE_ENDIAN)).toMatchObject({
      encapsulated: false,
      explicitVr: false,
      littleEndian: true,
    });
    expect(transferSyntax(EXPLICIT_VR_BIG_ENDIAN)).toMatchObject({
      encapsulated: false,
      littleEndian: false,
      retired: true,
    });
    expect(transferSyntax("1.2.840.10008.1.2.1.99")).toMatchObject({ encapsulated: false, deflated: true });
  });

  it("names a decoder for the compressed syntaxes the viewer decodes, and marks the lossy ones", () => {
    const decoders = Object.fromEntries([...TRANSFER_SYNTAXES.values()].map((t) => [t.uid, t.decoder]));
    expect(decoders["1.2.840.10008.1.2.5"]).toBe("rle");
    expect(decoders["1.2.840.10008.1.2.4.57"]).toBe("jpeg-lossless");
    expect(decoders["1.2.840.10008.1.2.4.90"]).toBe("j2k");
    expect(decoders["1.2.840.10008.1.2.4.201"]).toBe("htj2k");
    expect(decoders["1.2.840.10008.1.2.4.100"]).toBeUndefined();
    expect(transferSyntax("1.2.840.10008.1.2.4.50")?.lossy).toBe(true);
    expect(transferSyntax("1.2.840.10008.1.2.4.70")?.lossy).toBeUndefined();
  });

  it("keeps every row consistent: unique UIDs, encapsulated unless native or referenced, decoders only on encapsulated", () => {
    for (const [uid, t] of TRANSFER_SYNTAXES) {
      expect(t.uid).toBe(uid);
      expect(uid).toMatch(/^1\.2\.840\.10008\.1\.2(\.\d+)*$/);
      if (t.decoder) expect(t.encapsulated).toBe(true);
      if (t.referenced) expect(t.encapsulated).toBe(false);
      if (t.codec !== "none") expect(t.encapsulated).toBe(true);
    }
  });
});
