// Finding patient identifiers: whole-word matching whatever separates a value's parts, name parts on their own, and the
// descriptor screen. (identifyingValues on real files is covered by phi-check.test.ts and the importer suites.)
import { describe, expect, it } from "vitest";
import { containsAny, identifierLike, nameParts, valuePattern } from "./identifiers";

describe("valuePattern and containsAny", () => {
  it("matches a value as a whole word with any separators between its parts, ignoring case", () => {
    expect(containsAny("scan of DOE_PETER, series 2", ["Doe^Peter"])).toBe(true);
    expect(containsAny("doe peter", ["Doe^Peter"])).toBe(true);
    expect(containsAny("born 1990-01", ["1990/01/"])).toBe(true);
    expect(containsAny("id 4711.", ["4711"])).toBe(true);
  });

  it("does not match inside a longer word or number", () => {
    expect(containsAny("1.2.826.0.20160824113857", ["2016"])).toBe(false);
    expect(containsAny("Doering", ["Doe"])).toBe(false);
    expect(containsAny("47110", ["4711"])).toBe(false);
  });

  it("ignores values too short to mean anything, and escapes regex characters", () => {
    expect(valuePattern("A", "iu")).toBeNull();
    expect(valuePattern("^ ^", "iu")).toBeNull();
    expect(containsAny("anything", ["X", ""])).toBe(false);
    expect(valuePattern("a.b*c", "iu")?.test("a-b-c")).toBe(true);
    expect(valuePattern("a.b*c", "iu")?.test("aXbXXc")).toBe(false);
  });

  it("matches letters beyond ASCII as word characters", () => {
    expect(containsAny("Müller Jürgen", ["MÜLLER^JÜRGEN"])).toBe(true);
    expect(containsAny("Müllerin", ["Müller"])).toBe(false);
  });
});

describe("nameParts", () => {
  it("adds family and given names of three letters or more, keeping the whole values", () => {
    // "Dr" is too short to stand alone; "12345" has no parts.
    expect(nameParts(["Doe^Jane^^Dr", "12345"]).sort()).toEqual(["12345", "Doe", "Doe^Jane^^Dr", "Jane"]);
    expect(nameParts(["Li^Al"])).toEqual(["Li^Al"]);
    expect(nameParts(["Smith^Anna"])).toEqual(["Smith^Anna", "Smith", "Anna"]);
  });
});

describe("identifierLike", () => {
  it("names what a descriptor seems to hold, most telling first", () => {
    expect(identifierLike("MRN 123 lumbar")).toBe("an identifier label");
    expect(identifierLike("Patient ID: 7")).toBe("an identifier label");
    expect(identifierLike("DOE^JOHN lumbar")).toBe("a person name in DICOM form");
    expect(identifierLike("send to dr.who@hospital.org")).toBe("an e-mail address");
    expect(identifierLike("follow-up 2021-03-04")).toBe("a date");
    expect(identifierLike("scan 04.03.2021")).toBe("a date");
    expect(identifierLike("ref 19900131")).toBe("a date");
    expect(identifierLike("case 4711234")).toBe("an id-like number");
  });

  it("passes ordinary descriptors, including UIDs and short numbers", () => {
    for (const clean of ["T2 SAG", "LUMBAR SPINE 3T", "t1_tse_tra 512", "1.2.840.113619.2.55.3.4", "series 12345"]) {
      expect(identifierLike(clean)).toBeNull();
    }
  });
});
