import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { text } from "node:stream/consumers";
import { afterAll, describe, expect, it } from "vitest";
import { createLocalStorage } from "../storage";
import { attachmentsOf, checkAttachments, removeAttachments, safeFileName, storeAttachments } from "./attachments";

const pdf = { name: "Quote 2026.pdf", bytes: new TextEncoder().encode("%PDF-1.7\nquote") };
const agreement = { name: "agreement.txt", bytes: new TextEncoder().encode("Licence agreement v3\n") };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "attachments-test-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const fieldError = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { fieldErrors?: Record<string, string[]> }).fieldErrors?.attachments?.[0];
  }
  return undefined;
};

describe("reply attachments", () => {
  it("accepts the files sales sends and ignores an empty file input", () => {
    const ok = checkAttachments([
      pdf,
      agreement,
      { name: "", bytes: new Uint8Array() },
      { name: "undefined", bytes: new Uint8Array() },
    ]);
    expect(ok.map((f) => [f.name, f.contentType])).toEqual([
      ["Quote_2026.pdf", "application/pdf"],
      ["agreement.txt", "text/plain; charset=utf-8"],
    ]);
  });

  it("refuses what is not what it claims, unknown types, too many and too large", () => {
    expect(
      fieldError(() => checkAttachments([{ name: "quote.pdf", bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0]) }])),
    ).toBe("quote.pdf is not a real .pdf file");
    expect(fieldError(() => checkAttachments([{ name: "run.exe", bytes: new Uint8Array([1]) }]))).toMatch(/only$/);
    expect(fieldError(() => checkAttachments(Array.from({ length: 6 }, () => pdf)))).toBe("Attach at most 5 files");
    expect(
      fieldError(() => checkAttachments([{ name: "big.txt", bytes: new Uint8Array(10 * 1024 * 1024 + 1).fill(65) }])),
    ).toBe("big.txt is larger than 10 MB");
  });

  it("makes file names safe for keys and headers", () => {
    expect(safeFileName("../../etc/passwd")).toBe("passwd");
    expect(safeFileName('a"b;c.pdf')).toBe("a_b_c.pdf");
    expect(safeFileName("...")).toBe("attachment");
  });

  it("stores the files under the enquiry with their SHA-256, and removes them again", async () => {
    const storage = createLocalStorage(dir);
    const stored = await storeAttachments(storage, "enq1", checkAttachments([pdf]));
    expect(stored[0]).toMatchObject({ name: "Quote_2026.pdf", size: pdf.bytes.length, contentType: "application/pdf" });
    expect(stored[0]!.key).toMatch(/^enquiries\/enq1\/[0-9a-f]{16}\/Quote_2026\.pdf$/);
    expect(stored[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await text(await storage.read(stored[0]!.key))).toBe("%PDF-1.7\nquote");
    expect(attachmentsOf(JSON.stringify({ reply: true, attachments: stored }))).toEqual(stored);
    await removeAttachments(storage, stored);
    expect(await storage.stat(stored[0]!.key)).toBeNull();
  });
});
