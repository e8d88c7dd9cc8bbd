// compileFilter: label names to the coded filter the count engine and whereOf use; unknown names are problems.
import { describe, expect, it } from "vitest";
import { assignCode, emptyDictionary, type Dictionary, type PendingCode } from "./dictionary";
import { compileFilter, type CodedFilter } from "./compile";
import { cohortFilterSchema, FILTER_PARAMS } from "./filter";
import { NO_CONDITIONS } from "./test-utils/coded-filter";

function dictionary(): Dictionary {
  const d = emptyDictionary();
  const p: PendingCode[] = [];
  for (const c of ["Disc herniation", "Stenosis", "Spondylolisthesis"]) assignCode(d, "condition", c, p); // 1, 2, 3
  for (const s of ["Sagittal T1", "Sagittal T2", "Axial T2"]) assignCode(d, "sequence", s, p); // 1, 2, 3
  for (const m of ["MRI 1.5T", "MRI 3T"]) assignCode(d, "method", m, p);
  for (const m of ["Siemens", "GE"]) assignCode(d, "manufacturer", m, p);
  for (const m of ["Siemens Aera", "GE Signa"]) assignCode(d, "model", m, p);
  return d;
}

const compile = (f: object) => compileFilter(cohortFilterSchema.parse(f), dictionary());
const coded = (f: object): CodedFilter => {
  const c = compile(f);
  if (!c.ok) throw new Error(JSON.stringify(c.problems));
  return c.coded;
};

describe("compileFilter", () => {
  it("compiles the empty filter to no conditions at all", () => {
    expect(coded({})).toEqual(NO_CONDITIONS);
  });

  it("turns conditions and sequences into bit masks (code c is bit c - 1), and keeps the match mode", () => {
    const c = coded({ conditions: ["Stenosis", "Spondylolisthesis"], match: "all", sequences: ["Axial T2"] });
    expect(c.condMask).toBe((1 << 1) | (1 << 2));
    expect(c.condAll).toBe(true);
    expect(c.seqMask).toBe(1 << 2);
    expect(coded({ conditions: ["Stenosis"] }).condAll).toBe(false);
  });

  it("matches names as the dictionary does: case and spacing do not matter", () => {
    expect(coded({ conditions: ["  disc   HERNIATION "] }).condMask).toBe(1);
    expect([...coded({ methods: ["mri 3t"] }).methods!]).toEqual([0, 0, 1, 0]);
  });

  it("builds lookup tables indexed by code for methods, manufacturers and models", () => {
    const c = coded({ methods: ["MRI 1.5T"], manufacturers: ["GE"], models: ["Siemens Aera", "GE Signa"] });
    // One slot per code plus index 0 (not recorded, never allowed by a name) and a spare.
    expect([...c.methods!]).toEqual([0, 1, 0, 0]);
    expect([...c.manufacturers!]).toEqual([0, 0, 1, 0]);
    expect([...c.models!]).toEqual([0, 1, 1, 0]);
  });

  it("codes sex by SEX_CODES (U 0, F 1, M 2, O 3)", () => {
    expect([...coded({ sex: ["F", "U"] }).sex!]).toEqual([1, 1, 0, 0]);
    expect([...coded({ sex: ["M", "O"] }).sex!]).toEqual([0, 0, 1, 1]);
  });

  it("keeps field strengths in millitesla, rounding away float noise", () => {
    expect([...coded({ tesla: [1.5, 3, 0.30000000000000004] }).tesla!]).toEqual([1500, 3000, 300]);
  });

  it("sets the age bounds only when one is given, leaving the other open", () => {
    expect(coded({ ageMin: 40 })).toMatchObject({ ageMin: 40, ageMax: Number.MAX_SAFE_INTEGER, ageSet: true });
    expect(coded({ ageMax: 59 })).toMatchObject({ ageMin: 0, ageMax: 59, ageSet: true });
  });

  it("reports every unknown name with its parameter, and no coded filter", () => {
    const c = compile({
      conditions: ["Stenosis", "Scoliosis"],
      sequences: ["Coronal STIR"],
      methods: ["CT"],
      manufacturers: ["Philips"],
      models: ["Siemens Skyra"],
    });
    expect(c).toEqual({
      ok: false,
      problems: [
        { param: FILTER_PARAMS.conditions, message: `no condition "Scoliosis" in the catalogue` },
        { param: FILTER_PARAMS.sequences, message: `no sequence "Coronal STIR" in the catalogue` },
        { param: FILTER_PARAMS.methods, message: `no method "CT" in the catalogue` },
        { param: FILTER_PARAMS.manufacturers, message: `no manufacturer "Philips" in the catalogue` },
        { param: FILTER_PARAMS.models, message: `no scanner model "Siemens Skyra" in the catalogue` },
      ],
    });
  });

  it("does not find a value under another kind (a manufacturer is not a model)", () => {
    expect(compile({ models: ["Siemens"] }).ok).toBe(false);
  });
});
