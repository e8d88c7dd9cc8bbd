// Test helper: a generated PDF read back the way a reader would - its metadata through pdf-lib and the text of each
// page through unpdf (PDF.js), so a test can check what the document says, not just that bytes came out.
import { PDFDocument } from "pdf-lib";
import { extractText, getDocumentProxy } from "unpdf";

export interface ReadPdf {
  title: string | undefined;
  subject: string | undefined;
  creationDate: Date | undefined;
  pages: string[];
  /** All pages' text, joined by newlines. */
  text: string;
  /** The text with every run of whitespace (line breaks from wrapping included) as one space. */
  flat: string;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const header = new TextDecoder().decode(bytes.subarray(0, 5));
  if (header !== "%PDF-") throw new Error(`not a PDF: starts with ${JSON.stringify(header)}`);
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  // PDF.js detaches the buffer it is given: hand it a copy.
  const proxy = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const { text } = await extractText(proxy, { mergePages: false });
    return {
      title: doc.getTitle(),
      subject: doc.getSubject(),
      creationDate: doc.getCreationDate(),
      pages: text,
      text: text.join("\n"),
      flat: text.join(" ").replace(/\s+/g, " "),
    };
  } finally {
    await proxy.loadingTask?.destroy?.();
  }
}
