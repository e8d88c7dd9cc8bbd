import { describe, expect, it } from "vitest";
import { ATTACHMENT_ACCEPT, ATTACHMENT_KINDS, ATTACHMENT_LIMITS } from "./attachment-rules";

const bytes = (...xs: number[]) => new Uint8Array(xs);
const text = (s: string) => new TextEncoder().encode(s);

describe("reply attachment kinds", () => {
  it("recognise each kind by its first bytes, not its name", () => {
    expect(ATTACHMENT_KINDS.pdf!.matches(text("%PDF-1.7\n"))).toBe(true);
    expect(ATTACHMENT_KINDS.pdf!.matches(text("<html>"))).toBe(false);
    expect(ATTACHMENT_KINDS.png!.matches(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d))).toBe(true);
    expect(ATTACHMENT_KINDS.jpg!.matches(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe(true);
    expect(ATTACHMENT_KINDS.jpg!.matches(bytes(0x89, 0x50, 0x4e, 0x47))).toBe(false);
    for (const office of ["docx", "xlsx", "odt"])
      expect(ATTACHMENT_KINDS[office]!.matches(bytes(0x50, 0x4b, 0x03, 0x04))).toBe(true);
  });

  it("take text only when it is UTF-8 without NUL bytes", () => {
    expect(ATTACHMENT_KINDS.csv!.matches(text("a,b\nä,ö\n"))).toBe(true);
    expect(ATTACHMENT_KINDS.txt!.matches(bytes(0x61, 0x00, 0x62))).toBe(false);
    expect(ATTACHMENT_KINDS.md!.matches(bytes(0xc3, 0x28))).toBe(false);
    // A PDF renamed .txt is binary: refused as text.
    expect(ATTACHMENT_KINDS.txt!.matches(bytes(0x25, 0x50, 0x44, 0x46, 0xff, 0xfe))).toBe(false);
  });

  it("list every kind for the file picker and keep the limits consistent", () => {
    expect(ATTACHMENT_ACCEPT.split(",")).toEqual(Object.keys(ATTACHMENT_KINDS).map((k) => `.${k}`));
    expect(ATTACHMENT_LIMITS.bytesEach).toBeLessThanOrEqual(ATTACHMENT_LIMITS.bytesTotal);
  });
});
