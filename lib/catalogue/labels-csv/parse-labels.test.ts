// The labels table parser: the CSV variants stats:import accepts, and refusals with line and column.
import { describe, expect, it } from "vitest";
import { CsvImportError } from "../../dataset/csv";
import { parseLabelsText, type LabelRow } from "./parse-labels";

const SHA = "a".repeat(64);
const HEAD = "study_instance_uid,conditions,method,sequences,sex,age,field_strength,size_bytes,object_key,sha256";

async function rows(text: string | Uint8Array): Promise<LabelRow[]> {
  const out: LabelRow[] = [];
  await parseLabelsText(text, (r) => void out.push(r));
  return out;
}
async function problems(text: string | Uint8Array): Promise<string[]> {
  try {
    await parseLabelsText(text);
  } catch (e) {
    if (e instanceof CsvImportError) return e.format("f.csv");
    throw e;
  }
  throw new Error("accepted");
}

describe("parseLabels variants", () => {
  it("reads a comma-separated file with lists, ages, tesla and sizes", async () => {
    const r = await rows(
      `${HEAD}\n1.2.3,Disc herniation|Spinal stenosis,MRI 1.5T,SAG T2|AX T2,F,45,1.5,"1,234,567",studies/1.zip,${SHA}\n`,
    );
    expect(r).toEqual([
      expect.objectContaining({
        studyInstanceUid: "1.2.3",
        conditions: ["Disc herniation", "Spinal stenosis"],
        method: "MRI 1.5T",
        sequences: ["SAG T2", "AX T2"],
        sex: "F",
        age: 45,
        fieldStrength: 1500,
        sizeBytes: 1234567,
        objectKey: "studies/1.zip",
        sha256: SHA,
      }),
    ]);
  });

  it("reads a BOM, CRLF, semicolon file with quoted headers, aliases, decimal commas and dot thousands", async () => {
    const text =
      `\uFEFF"StudyInstanceUID";"Diagnosis";"Method of study";"Gender";"Patient age";"Tesla";"Size";"Key";"Checksum"\r\n` +
      `1.2.3;"No pathology";MRI 3T;male;90+;"1,5";1.234.567;k/1;${SHA.toUpperCase()}\r\n\r\n2.25.7;Scoliosis;MRI 3T;;95;;100;k/2;${SHA}\r\n`;
    const r = await rows(Buffer.from(text, "utf8"));
    expect(r.map((x) => [x.studyInstanceUid, x.sex, x.age, x.fieldStrength, x.sizeBytes, x.sha256])).toEqual([
      ["1.2.3", "M", 90, 1500, 1234567, SHA],
      ["2.25.7", "U", 90, 0, 100, SHA],
    ]);
  });

  it("reads a tab-separated file and ignores blank rows", async () => {
    const text = `${HEAD.replaceAll(",", "\t")}\n\n1.2.3\tScoliosis\tMRI 3T\t\t\t\t3\t10\tk\t${SHA}\n`;
    expect((await rows(text)).map((x) => x.fieldStrength)).toEqual([3000]);
  });
});

describe("parseLabels refusals", () => {
  it("names missing and unknown columns", async () => {
    expect(await problems("study_instance_uid,conditions,colour\n1.2.3,Scoliosis,red\n")).toEqual([
      expect.stringMatching(/^f\.csv:1:1: missing column: method/),
      expect.stringMatching(/^f\.csv:1:1: missing column: size_bytes/),
      expect.stringMatching(/^f\.csv:1:1: missing column: object_key/),
      expect.stringMatching(/^f\.csv:1:1: missing column: sha256/),
      expect.stringMatching(/^f\.csv:1:3: unknown column "colour"; the columns are study_instance_uid, conditions/),
    ]);
  });

  it("reports every bad cell with its line and column", async () => {
    const text = `${HEAD}\n1.2.3,Scoliosis,MRI 3T,,F,45,1.5,10,k,${SHA}\n1.02.3,,MRI 3T,,X,abc,fast,-1,../k,xyz\n`;
    expect(await problems(text)).toEqual([
      'f.csv:3:1: "1.02.3" is not a DICOM UID (digits separated by dots, no leading zeros)',
      "f.csv:3:2: no conditions; write at least one (e.g. No pathology)",
      'f.csv:3:5: sex "X" is not F, M, O or empty',
      'f.csv:3:6: age "abc" is not whole years',
      'f.csv:3:7: field strength "fast" is not tesla like 1.5 or 3',
      'f.csv:3:8: size_bytes "-1" is not a whole number of bytes',
      'f.csv:3:9: object_key "../k" must be a relative key without .. or control characters',
      'f.csv:3:10: sha256 "xyz" is not 64 hexadecimal characters',
    ]);
  });

  it("refuses a study listed twice, short rows, formula-like names, and a closing quote missing", async () => {
    const row = `1.2.3,Scoliosis,MRI 3T,,F,45,1.5,10,k,${SHA}`;
    expect(await problems(`${HEAD}\n${row}\n${row}\n`)).toEqual(["f.csv:3:1: study 1.2.3 appears twice"]);
    expect(await problems(`${HEAD}\n1.2.3,Scoliosis\n`)).toEqual(["f.csv:2:3: 2 fields where the header has 10"]);
    expect(await problems(`${HEAD}\n1.2.3,=cmd(),MRI 3T,,F,45,1.5,10,k,${SHA}\n`)).toEqual([
      expect.stringMatching(/^f\.csv:2:2: condition "=cmd\(\)" starts with =/),
    ]);
    expect(await problems(`${HEAD}\n1.2.3,"Scoliosis,MRI 3T\n`)).toEqual([
      "f.csv:2:1: a quoted field is never closed (missing closing quote)",
    ]);
  });

  it("refuses empty files, header-only files and UTF-16", async () => {
    expect(await problems("")).toEqual(["f.csv:1:1: the file is empty"]);
    expect(await problems(`${HEAD}\n`)).toEqual(["f.csv:1:1: the file has a header but no data rows"]);
    expect(await problems(Buffer.from(`\uFEFF${HEAD}\n`, "utf16le"))).toEqual([
      "f.csv:1:1: the file is UTF-16; save it as UTF-8 (CSV UTF-8)",
    ]);
  });

  it("streams large files in chunks with the same result", async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `1.2.${i + 1},Scoliosis,MRI 3T,,F,45,1.5,10,k/${i},${SHA}`);
    const bytes = Buffer.from(`${HEAD}\n${lines.join("\n")}\n`);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7000) }, (_, i) =>
      bytes.subarray(i * 7000, (i + 1) * 7000),
    );
    const { parseLabels } = await import("./parse-labels");
    const seen: number[] = [];
    const summary = await parseLabels(chunks, (_r, line) => void seen.push(line));
    expect(summary).toEqual({ rows: 5000, delimiter: "," });
    expect(seen.at(-1)).toBe(5001);
  });
});
