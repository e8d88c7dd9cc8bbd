// FormData for zod and for echoing back: repeated keys, React's internal fields, oversize payloads, files.
import { describe, expect, it } from "vitest";
import { echoValues, formDataFiles, formDataSize, formDataToObject } from "./form-data";

function fd(entries: [string, string | File][]) {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

describe("formDataToObject", () => {
  it("keeps single values as strings, repeated keys as arrays, and drops $ACTION fields and files", () => {
    const f = fd([
      ["name", "Ada"],
      ["conditions", "A"],
      ["conditions", "B"],
      ["$ACTION_ID_abc", ""],
      ["$ACTION_REF_1", "x"],
      ["file", new File(["x"], "a.pdf")],
    ]);
    expect(formDataToObject(f)).toEqual({ name: "Ada", conditions: ["A", "B"], file: [] });
  });

  it("keeps a key's text values when files share it", () => {
    expect(
      formDataToObject(
        fd([
          ["k", new File(["x"], "a")],
          ["k", "v"],
        ]),
      ),
    ).toEqual({ k: "v" });
  });
});

describe("formDataSize", () => {
  it("counts key lengths, UTF-8 bytes of text and file sizes", () => {
    // "ab" + "é€" (2 + 3 bytes) + "f" + 10 bytes
    expect(
      formDataSize(
        fd([
          ["ab", "é€"],
          ["f", new File(["0123456789"], "x.bin")],
        ]),
      ),
    ).toBe(2 + 5 + 1 + 10);
    expect(formDataSize(new FormData())).toBe(0);
  });
});

describe("echoValues", () => {
  it("leaves out the named fields and truncates long values and long lists", () => {
    const out = echoValues(
      { name: "Ada", website: "spam", message: "x".repeat(6000), tags: Array.from({ length: 150 }, () => "t") },
      ["website"],
    );
    expect(Object.keys(out)).toEqual(["name", "message", "tags"]);
    expect(out.message).toHaveLength(5000);
    expect(out.tags).toHaveLength(100);
  });
});

describe("formDataFiles", () => {
  it("groups uploaded files by field, in order", () => {
    const a = new File(["a"], "a.pdf");
    const b = new File(["b"], "b.txt");
    expect(
      formDataFiles(
        fd([
          ["attachments", a],
          ["note", "x"],
          ["attachments", b],
        ]),
      ),
    ).toEqual({ attachments: [a, b] });
  });
});
