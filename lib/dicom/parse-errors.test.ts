// dicom-parser's failures as sentences: the real parser on files written by dcmjs and then cut short, so the reason
// names the element that overruns the file and by how much; and the message families it tells apart.
import { parseDicom } from "dicom-parser";
import { describe, expect, it } from "vitest";
import { describeParseError, type ParseErrorContext } from "./parse-errors";
import { preflight } from "./preflight";
import { buildPart10, mrDataset } from "./test-utils/build-dicom";

function failure(bytes: Uint8Array, uid: string) {
  const pre = preflight(bytes);
  if (!pre.ok) throw new Error(pre.reason);
  const ctx: ParseErrorContext = {
    bytes,
    littleEndian: true,
    explicitVr: true,
    knownTransferSyntax: true,
    transferSyntaxUid: uid,
    dataStart: pre.metaEnd,
  };
  try {
    parseDicom(bytes);
  } catch (e) {
    return describeParseError(e, ctx);
  }
  throw new Error("expected dicom-parser to fail");
}

describe("describeParseError on truncated files", () => {
  it("names the pixel data element that runs past the end, with the bytes declared and left", () => {
    const file = buildPart10(mrDataset());
    const cut = file.slice(0, file.length - 10);
    const reason = failure(cut, "1.2.840.10008.1.2.1");
    // mrDataset's pixel data: 16 uint16 samples = 32 bytes, of which 22 remain after cutting 10.
    expect(reason).toMatch(
      /^file is truncated or damaged: element \(7FE0,0010\) at byte \d+ declares 32 bytes but only 22 remain \(file is \d+ bytes\)$/,
    );
    expect(reason).toContain(`(file is ${cut.length} bytes)`);
  });
});

describe("describeParseError: message families", () => {
  const ctx: ParseErrorContext = {
    bytes: new Uint8Array(200),
    littleEndian: true,
    explicitVr: true,
    knownTransferSyntax: true,
    transferSyntaxUid: "1.2.840.10008.1.2.1",
    dataStart: 150,
  };

  it("says a deflated data set cannot be inflated", () => {
    expect(describeParseError(new Error("incorrect header check"), ctx)).toBe(
      "the deflated data set cannot be inflated (incorrect header check)",
    );
  });

  it("passes other messages through without dicom-parser's prefix, whatever shape was thrown", () => {
    expect(describeParseError("dicomParser.readPart10: something odd", ctx)).toBe(
      "the data set cannot be parsed: readPart10: something odd",
    );
    expect(describeParseError({ exception: "dicomParser: bad VR" }, ctx)).toBe("the data set cannot be parsed: bad VR");
    expect(describeParseError(42, ctx)).toBe("the data set cannot be parsed: 42");
  });

  it("prefixes an unknown transfer syntax", () => {
    expect(describeParseError("weird", { ...ctx, knownTransferSyntax: false, transferSyntaxUid: "1.2.3.4" })).toBe(
      "unknown transfer syntax 1.2.3.4; the data set cannot be parsed: weird",
    );
  });

  it("falls back to the parser's own words when there is no partial data set to locate the overrun", () => {
    expect(describeParseError("dicomParser.readFixedString: attempt to read past end of buffer", ctx)).toBe(
      "file is truncated or damaged: a length runs past the end of the data (readFixedString: attempt to read past end of buffer) (file is 200 bytes)",
    );
  });
});
