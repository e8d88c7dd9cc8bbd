// Text of a PDF report (unpdf: PDF.js built for servers, no worker, no network), for the public-sample report check.
import { extractText, getDocumentProxy } from "unpdf";

/** Pages beyond this are not read: a radiology report is one or two pages; a 500-page PDF is not a report. */
const MAX_PAGES = 20;

/** All text of the PDF, pages joined by newlines. Throws when the bytes are not a readable PDF. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  // PDF.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    if (pdf.numPages > MAX_PAGES)
      throw new Error(`the PDF has ${pdf.numPages} pages; a report has at most ${MAX_PAGES}`);
    const { text } = await extractText(pdf, { mergePages: false });
    return text.join("\n");
  } finally {
    await pdf.cleanup?.();
    await pdf.loadingTask?.destroy?.();
  }
}
