import { describe, expect, it } from "vitest";
import { readAge, readBytes, readKey, readList, readSex, readSha256, readTesla, readUid, readYear } from "./values";

const value = <T>(c: { ok: true; value: T } | { ok: false; message: string }) => (c.ok ? c.value : `! ${c.message}`);

describe("labels table cells", () => {
  it("UIDs: digits and dots, no leading zeros, at most 64 characters", () => {
    expect(value(readUid(" 1.2.840.10008 "))).toBe("1.2.840.10008");
    expect(value(readUid("1.02.3"))).toMatch(/^! .*not a DICOM UID/);
    expect(value(readUid("1." + "1".repeat(64)))).toMatch(/^! .*at most 64/);
    expect(value(readUid(""))).toMatch(/^! empty/);
  });

  it("lists: split, trimmed, de-duplicated ignoring case; required ones say what to write", () => {
    expect(value(readList("Disc herniation| disc herniation |Scoliosis", "conditions", true))).toEqual([
      "Disc herniation",
      "Scoliosis",
    ]);
    expect(value(readList(" | ", "conditions", true))).toMatch(/^! no conditions/);
    expect(value(readList("", "sequences", false))).toEqual([]);
  });

  it("sex, age and field strength as people write them", () => {
    expect(["female", "W", "m", "", "Other"].map((s) => value(readSex(s)))).toEqual(["F", "F", "M", "U", "O"]);
    expect(value(readSex("x"))).toMatch(/^! /);
    expect(["45", "45 years", "", "95", "90+", "120"].map((a) => value(readAge(a)))).toEqual([45, 45, -1, 90, 90, 90]);
    expect(value(readAge("80+"))).toMatch(/only 90\+ may be open-ended/);
    expect(value(readAge("121"))).toMatch(/above 120/);
    expect(value(readTesla("1.5", ","))).toBe(1500);
    expect(value(readTesla("1,5 T", ";"))).toBe(1500);
    expect(value(readTesla("1,5", ","))).toMatch(/^! /);
    expect(value(readTesla("", ","))).toBe(0);
    expect(value(readTesla("25", ","))).toMatch(/outside 0-20 T/);
  });

  it("years, sizes, keys and checksums", () => {
    expect(value(readYear("2021"))).toBe(2021);
    expect(value(readYear("1970"))).toMatch(/^! /);
    expect(value(readBytes("1,234,567", ","))).toBe(1234567);
    expect(value(readBytes("1.234.567", ";"))).toBe(1234567);
    expect(value(readBytes("1.5", ","))).toMatch(/^! /);
    expect(value(readKey("studies/1.zip"))).toBe("studies/1.zip");
    for (const bad of ["/etc/passwd", "a/../../b", "a\\..\\b", "a\nb"]) expect(value(readKey(bad)), bad).toMatch(/^! /);
    expect(value(readSha256("A".repeat(64)))).toBe("a".repeat(64));
    expect(value(readSha256("abc"))).toMatch(/^! /);
  });
});
