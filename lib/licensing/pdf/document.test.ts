// renderPdf: one A4 layout for every licensing document. Read back with a PDF parser: the metadata, every row, item,
// total and paragraph in the page text, characters the standard fonts cannot encode replaced (not fatal), and long
// documents continued on further pages without losing a line.
import { describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { readPdf } from "../test-utils/pdf";
import { renderPdf, type PdfSpec } from "./document";

const createdAt = new Date("2026-03-01T10:00:00Z");
const spec: PdfSpec = {
  title: "Invoice INV-000007",
  subtitle: "Issued 2026-03-01",
  rows: [
    ["Bill to", "Acme Imaging GmbH\n1 Main St"],
    ["Use", "Research"],
  ],
  items: [{ label: "Data licence, research use", amount: "€500.00" }],
  total: ["Total due", "€500.00"],
  paragraphs: ["Pay by bank transfer within 30 days."],
  meta: { title: "Invoice INV-000007", subject: "Invoice" },
};

describe("renderPdf", () => {
  it("is a PDF with the given metadata and creation date, and says what the spec says", async () => {
    const pdf = await readPdf(await renderPdf(spec, createdAt));
    expect(pdf).toMatchObject({ title: "Invoice INV-000007", subject: "Invoice", creationDate: createdAt });
    expect(pdf.pages).toHaveLength(1);
    for (const s of [
      "Lumbar Spine MRI Dataset",
      "Invoice INV-000007",
      "Issued 2026-03-01",
      "Bill to",
      "Acme Imaging GmbH",
      "1 Main St",
      "Research",
      "Data licence, research use",
      "Total due",
      "€500.00",
      "Pay by bank transfer within 30 days.",
    ])
      expect(pdf.text).toContain(s);
  });

  it("replaces what WinAnsi cannot encode with '?' and dashes with '-', instead of failing", async () => {
    const pdf = await readPdf(
      await renderPdf(
        { ...spec, rows: [["Licensee", "Łódź Klinik – 東京"]], items: [], total: undefined, paragraphs: [] },
        createdAt,
      ),
    );
    // Ł, ź and the two CJK characters are outside WinAnsi; ó is inside it; the en dash becomes a hyphen.
    expect(pdf.text).toContain("?ód? Klinik - ??");
    expect(pdf.text).not.toContain("Total due");
  });

  it("continues on new pages when the content is longer than one page, keeping every line in order", async () => {
    const paragraphs = Array.from({ length: 120 }, (_, i) => `Paragraph number ${i + 1}.`);
    const bytes = await renderPdf({ ...spec, paragraphs }, createdAt);
    const doc = await PDFDocument.load(bytes);
    // Each paragraph takes 22 pt (a 14 pt line and 8 pt after); an A4 page minus 56 pt margins holds about 730 pt,
    // so 120 paragraphs (2,640 pt) need at least four pages.
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(4);
    for (const p of doc.getPages()) expect(p.getSize()).toEqual({ width: 595.28, height: 841.89 });
    const pdf = await readPdf(bytes);
    const found = paragraphs.map((p) => pdf.text.indexOf(p));
    expect(found.every((at) => at >= 0)).toBe(true);
    expect([...found].sort((a, b) => a - b)).toEqual(found);
    // no page is empty: a new page starts only when there is more to write
    expect(pdf.pages.every((t) => t.trim().length > 0)).toBe(true);
  });

  it("wraps a long row value instead of running off the page", async () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`);
    const pdf = await readPdf(
      await renderPdf({ ...spec, rows: [["Filter", words.join(" ")]], paragraphs: [] }, createdAt),
    );
    for (const w of words) expect(pdf.text).toContain(w);
    // 60 words of ~6 characters at 10 pt do not fit the ~330 pt value column on one line
    const linesWithWords = pdf.text.split("\n").filter((l) => /word\d+/.test(l));
    expect(linesWithWords.length).toBeGreaterThan(1);
  });
});
