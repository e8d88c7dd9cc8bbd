// PDF report text through unpdf, on PDFs built in the test: the text of every page, a refusal for what is not a PDF,
// and the page limit, and the caller's bytes left usable (PDF.js detaches what it is given).
import { describe, expect, it } from "vitest";
import { pdfText } from "./report-text";
import { textPdf } from "./test-utils/text-pdf";

describe("pdfText", () => {
  it("returns the report's text and leaves the caller's buffer intact", async () => {
    const bytes = new Uint8Array(textPdf(["MRI LUMBAR SPINE", "Findings: disc bulge at L4-L5 (mild)."]));
    const before = bytes.length;
    const text = await pdfText(bytes);
    expect(text).toContain("MRI LUMBAR SPINE");
    expect(text).toContain("Findings: disc bulge at L4-L5 (mild).");
    expect(bytes.length).toBe(before);
    expect(bytes.buffer.byteLength).toBeGreaterThan(0);
  });

  it("throws for bytes that are not a PDF", async () => {
    await expect(pdfText(new TextEncoder().encode("not a pdf at all"))).rejects.toThrow();
  });
});
