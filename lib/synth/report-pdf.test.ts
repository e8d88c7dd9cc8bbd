// The report PDF: a one-page PDF stamped SYNTHETIC, holding every report field's full text (wrapping loses no word), the
// study UID, the key images with their captions, and the same bytes for the same input.
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { encodeJpeg } from "./jpeg";
import { phantomParams } from "./params";
import { reportPdf, type ReportInput } from "./report-pdf";
import { reportFields } from "./report-text";
import { pdfTextRuns } from "./test-utils/helpers";

async function input(k: number, images = 2): Promise<ReportInput> {
  const grey = Uint8Array.from({ length: 16 * 16 }, (_, i) => i % 256);
  const jpeg = new Uint8Array(await encodeJpeg(grey, 16, 16));
  return {
    params: phantomParams("report-pdf-test", k),
    studyUid: `2.25.${k}77`,
    date: "20240301",
    keyImages: Array.from({ length: images }, (_, i) => ({ jpeg, caption: `key image ${i + 1} (ST/SE/IM00000${i})` })),
  };
}

describe("reportPdf", () => {
  it("is a one-page PDF with the SYNTHETIC title and fixed dates", async () => {
    const bytes = await reportPdf(await input(1));
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    expect(Buffer.from(bytes.subarray(-6)).toString("latin1")).toMatch(/%%EOF\s*$/);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toContain("SYNTHETIC");
    expect(doc.getCreationDate()?.toISOString()).toBe("2024-01-01T00:00:00.000Z");
  });

  it("writes the banner, the study UID and every field's full text, wrapped without losing a word", async () => {
    for (const k of [1, 4]) {
      const inp = await input(k);
      const lines = pdfTextRuns(await reportPdf(inp));
      const flat = lines.join(" ");
      expect(flat).toContain("SYNTHETIC - ILLUSTRATIVE SAMPLE, NOT A PATIENT");
      expect(flat).toContain(`Study UID ${inp.studyUid}`);
      for (const f of reportFields(inp.params)) {
        expect(flat).toContain(`${f.label}:`);
        expect(flat, f.label).toContain(f.text.replace(/\s+/g, " "));
      }
      // The long description is wrapped onto several lines.
      const description = reportFields(inp.params).find((f) => f.label === "Description")!.text;
      const firstWords = description.split(" ").slice(0, 3).join(" ");
      const line = lines.find((l) => l.startsWith(firstWords))!;
      expect(line.length).toBeLessThan(description.length / 3);
    }
  });

  it("embeds each key image once with its caption", async () => {
    for (const n of [1, 2, 3]) {
      const inp = await input(2, n);
      const bytes = await reportPdf(inp);
      const raw = Buffer.from(bytes).toString("latin1");
      expect(raw.match(/\/Subtype \/Image/g) ?? []).toHaveLength(n);
      const runs = pdfTextRuns(bytes);
      for (const key of inp.keyImages) expect(runs).toContain(key.caption);
    }
  });

  it("is byte-identical for the same input and differs for another study", async () => {
    const a = await reportPdf(await input(3));
    const b = await reportPdf(await input(3));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const c = await reportPdf(await input(5));
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
  });
});
