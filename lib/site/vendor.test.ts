// The vendor from VENDOR_*: configured values as given, '|'-separated lines split; without VENDOR_NAME every value
// is a labelled example. Legal texts come from the operator's files, and a file that cannot be read says which.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

const env = vi.hoisted(() => ({}) as Record<string, string | undefined>);
vi.mock("../env", () => ({ env }));
const { getVendor, readLegalText } = await import("./vendor");

beforeEach(() => {
  for (const k of Object.keys(env)) delete env[k];
  env.SALES_EMAIL = "sales@shop.example";
});

describe("getVendor", () => {
  it("uses the configured vendor, splitting address and registration on |", () => {
    Object.assign(env, {
      VENDOR_NAME: "Spine Data GmbH",
      VENDOR_ADDRESS: " Hauptstr. 1 |  10115 Berlin | | Germany ",
      VENDOR_EMAIL: "info@spine.example",
      VENDOR_REGISTRATION: "HRB 12345 | USt-IdNr. DE123",
    });
    expect(getVendor()).toEqual({
      name: "Spine Data GmbH",
      addressLines: ["Hauptstr. 1", "10115 Berlin", "Germany"],
      email: "info@spine.example",
      phone: null,
      registrationLines: ["HRB 12345", "USt-IdNr. DE123"],
      example: false,
    });
  });

  it("falls back to the sales address, and leaves unset fields empty for a configured vendor", () => {
    env.VENDOR_NAME = "Spine Data GmbH";
    const v = getVendor();
    expect(v.email).toBe("sales@shop.example");
    expect(v.addressLines).toEqual([]);
    expect(v.registrationLines).toEqual([]);
  });

  it("without VENDOR_NAME marks every made-up value as an example", () => {
    const v = getVendor();
    expect(v.example).toBe(true);
    expect(v.name).toMatch(/\(example\)$/);
    expect(v.phone).toMatch(/\(example\)$/);
    expect(v.registrationLines.every((l) => l.endsWith("(example)"))).toBe(true);
    expect(v.addressLines).toHaveLength(3);
  });
});

describe("readLegalText", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vendor-legal-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("is null without a file, so the example is shown", () => {
    expect(readLegalText("terms")).toBeNull();
    expect(readLegalText("privacy")).toBeNull();
  });

  it("reads the operator's file for each document", () => {
    fs.writeFileSync(path.join(dir, "terms.md"), "# Our terms");
    fs.writeFileSync(path.join(dir, "privacy.md"), "# Our privacy notice");
    env.VENDOR_TERMS_FILE = path.join(dir, "terms.md");
    env.VENDOR_PRIVACY_FILE = path.join(dir, "privacy.md");
    expect(readLegalText("terms")).toBe("# Our terms");
    expect(readLegalText("privacy")).toBe("# Our privacy notice");
  });

  it("names the setting and the path when the file cannot be read", () => {
    env.VENDOR_PRIVACY_FILE = path.join(dir, "missing.md");
    expect(() => readLegalText("privacy")).toThrow(
      `VENDOR_PRIVACY_FILE=${path.join(dir, "missing.md")} cannot be read:`,
    );
  });
});
