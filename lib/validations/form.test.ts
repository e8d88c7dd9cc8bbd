// The form building blocks, fed both shapes a value arrives in (FormData strings and react-hook-form values), with the
// message each refusal shows the user.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  checkbox,
  cleanName,
  email,
  enumField,
  fieldErrorsOf,
  nameText,
  optionalInt,
  optionalText,
  stringList,
  text,
} from "./form";

const messages = (schema: z.ZodType, v: unknown) => {
  const r = schema.safeParse(v);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe("text", () => {
  const s = text("a subject", 3, 10);
  it("trims and accepts lengths within bounds", () => {
    expect(s.parse("  abc  ")).toBe("abc");
    expect(s.parse("a".repeat(10))).toBe("a".repeat(10));
  });
  it("says 'Enter ...' for missing, empty or blank input, and nothing more", () => {
    expect(messages(s, undefined)).toEqual(["Enter a subject"]);
    expect(messages(s, "")).toEqual(["Enter a subject"]);
    expect(messages(s, "   ")).toEqual(["Enter a subject"]);
  });
  it("names the bound that was missed, without the article", () => {
    expect(messages(s, "ab")).toEqual(["Subject must be at least 3 characters"]);
    expect(messages(s, "a".repeat(11))).toEqual(["Subject must be at most 10 characters"]);
  });
});

describe("cleanName and nameText", () => {
  it("turns control characters into spaces and drops bidi controls and invisible characters", () => {
    expect(cleanName("Eve\nSmith\tX\u0007")).toBe("Eve Smith X ");
    expect(cleanName("evil\u202Egpj.exe")).toBe("evilgpj.exe");
    expect(cleanName("a\u200Bb\u2066c\u2069\uFEFFd\u061Ce\u200Ef")).toBe("abcdef");
  });
  it("keeps ZWNJ/ZWJ between letters (Persian, Indic) but drops them at the edges or next to spaces", () => {
    expect(cleanName("می\u200Cخواهم")).toBe("می\u200Cخواهم");
    expect(cleanName("\u200Dabc\u200C")).toBe("abc");
    expect(cleanName("a \u200D b")).toBe("a  b");
  });
  it("cleans before measuring, so invisible padding cannot make a name long enough", () => {
    const s = nameText("an organisation name", 2, 20);
    expect(s.parse(" Acme\u202E Ltd ")).toBe("Acme Ltd");
    expect(messages(s, "A\u200B\u200B\u200B")).toEqual(["Organisation name must be at least 2 characters"]);
    expect(messages(s, "\u200B\u202E")).toEqual(["Enter an organisation name"]);
  });
});

describe("optionalText", () => {
  const s = optionalText("your message", 5);
  it("turns absent into an empty string and trims", () => {
    expect(s.parse(undefined)).toBe("");
    expect(s.parse(null)).toBe("");
    expect(s.parse("  hi ")).toBe("hi");
  });
  it("refuses text over the limit", () => {
    expect(messages(s, "123456")).toEqual(["Message must be at most 5 characters"]);
  });
});

describe("email", () => {
  const s = email();
  it("trims and lower-cases, and accepts hosts without a dot (localhost)", () => {
    expect(s.parse("  Ada@Example.ORG ")).toBe("ada@example.org");
    expect(s.parse("admin@localhost")).toBe("admin@localhost");
  });
  it("refuses empty, malformed and over-long addresses with their own message", () => {
    expect(messages(s, "")[0]).toBe("Enter an email address");
    expect(messages(s, "not-an-address")).toEqual(["Enter a valid email address, like name@example.org"]);
    expect(messages(s, "a@b@c.org")).toEqual(["Enter a valid email address, like name@example.org"]);
    expect(messages(s, `${"a".repeat(250)}@x.org`)).toContain("The email address is too long");
  });
});

describe("checkbox", () => {
  it("is true for the checked forms only", () => {
    for (const v of [true, "on", "true", "1"]) expect(checkbox.parse(v)).toBe(true);
    for (const v of [undefined, null, false, "", "off", "false", "0", "yes"]) expect(checkbox.parse(v)).toBe(false);
  });
});

describe("optionalInt", () => {
  const s = optionalInt("the number of studies", 1, 2_400_000);
  it("reads numbers and numeric strings; empty, absent and NaN are undefined", () => {
    expect(s.parse("1200")).toBe(1200);
    expect(s.parse(7)).toBe(7);
    for (const v of ["", undefined, null, Number.NaN]) expect(s.parse(v)).toBeUndefined();
  });
  it("refuses non-numbers, fractions and out-of-range values with grouped bounds", () => {
    expect(messages(s, "many")).toEqual(["Number of studies must be a number"]);
    expect(messages(s, "1.5")).toEqual(["Number of studies must be a whole number"]);
    expect(messages(s, "0")).toEqual(["Number of studies must be at least 1"]);
    expect(messages(s, "2400001")).toEqual(["Number of studies must be at most 2,400,000"]);
  });
});

describe("stringList", () => {
  const s = stringList(z.string().max(5, "too long"), 3, "conditions");
  it("takes one value, repeated values or an array; trims, drops empties and duplicates", () => {
    expect(s.parse("a")).toEqual(["a"]);
    expect(s.parse([" a ", "b", "a", "", "  "])).toEqual(["a", "b"]);
    expect(s.parse(undefined)).toEqual([]);
    expect(s.parse(false)).toEqual([]);
    expect(s.parse(["a", 3, null])).toEqual(["a"]);
  });
  it("refuses too many items and bad items", () => {
    expect(messages(s, ["a", "b", "c", "d"])).toEqual(["Choose at most 3 conditions"]);
    expect(messages(s, ["abcdef"])).toEqual(["too long"]);
    // Duplicates are removed before counting.
    expect(s.parse(["a", "a", "b", "b", "c"])).toEqual(["a", "b", "c"]);
  });
});

describe("enumField and fieldErrorsOf", () => {
  it("refuses a value outside the enum with the given message, grouped by field", () => {
    const schema = z.object({ role: enumField(["A", "B"] as const, "Choose a role"), name: text("a name", 1, 3) });
    const r = schema.safeParse({ role: "C", name: "toolong" });
    expect(r.success).toBe(false);
    expect(fieldErrorsOf(r.error!)).toEqual({
      role: ["Choose a role"],
      name: ["Name must be at most 3 characters"],
    });
  });
  it("puts issues without a path under _form", () => {
    const r = z.string().safeParse(1);
    expect(Object.keys(fieldErrorsOf(r.error!))).toEqual(["_form"]);
  });
});
