// One plain A4 document layout for invoices, quotes and certificates (pdf-lib, standard fonts): a title, key-value
// rows, optional line items and wrapped paragraphs, paged as needed.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";

export interface PdfSpec {
  title: string;
  subtitle?: string;
  rows: [string, string][];
  items?: { label: string; amount: string }[];
  total?: [string, string];
  paragraphs: string[];
  meta: { title: string; subject: string };
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

/** Standard fonts encode WinAnsi only: anything else becomes "?" rather than failing the whole document. */
function clean(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  return [...text.replace(/\u2013|\u2014/g, "-")]
    .map((c) => (c === "\n" || supported.has(c.codePointAt(0)!) ? c : "?"))
    .join("");
}

function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (const word of para.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > width && line) {
        out.push(line);
        line = word;
      } else line = next;
    }
    out.push(line);
  }
  return out;
}

export async function renderPdf(spec: PdfSpec, createdAt: Date): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(spec.meta.title);
  doc.setSubject(spec.meta.subject);
  doc.setProducer("Lumbar Spine MRI Dataset");
  doc.setCreationDate(createdAt);
  doc.setModificationDate(createdAt);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const width = A4[0] - 2 * MARGIN;
  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  const ensure = (h: number) => {
    if (y - h < MARGIN) {
      page = doc.addPage(A4);
      y = A4[1] - MARGIN;
    }
  };
  const text = (s: string, x: number, size: number, f = font) =>
    page.drawText(clean(f, s), { x, y, size, font: f, color: rgb(0.06, 0.09, 0.16) });
  const right = (s: string, size: number, f = font) =>
    text(s, MARGIN + width - f.widthOfTextAtSize(clean(f, s), size), size, f);

  text("Lumbar Spine MRI Dataset", MARGIN, 10, bold);
  y -= 28;
  text(spec.title, MARGIN, 20, bold);
  y -= 18;
  if (spec.subtitle) {
    text(spec.subtitle, MARGIN, 11);
    y -= 18;
  }
  y -= 8;
  for (const [k, v] of spec.rows) {
    const lines = wrap(font, clean(font, v), 10, width - 150);
    ensure(lines.length * 14);
    text(k, MARGIN, 10, bold);
    for (const l of lines) {
      text(l, MARGIN + 150, 10);
      y -= 14;
    }
  }
  if (spec.items?.length) {
    y -= 12;
    ensure(20);
    page.drawLine({ start: { x: MARGIN, y: y + 10 }, end: { x: MARGIN + width, y: y + 10 }, thickness: 0.5 });
    for (const it of spec.items) {
      const lines = wrap(font, clean(font, it.label), 10, width - 120);
      ensure(lines.length * 14);
      right(it.amount, 10);
      for (const l of lines) {
        text(l, MARGIN, 10);
        y -= 14;
      }
    }
    if (spec.total) {
      ensure(24);
      page.drawLine({ start: { x: MARGIN, y: y + 10 }, end: { x: MARGIN + width, y: y + 10 }, thickness: 0.5 });
      y -= 4;
      text(spec.total[0], MARGIN, 11, bold);
      right(spec.total[1], 11, bold);
      y -= 18;
    }
  }
  y -= 10;
  for (const p of spec.paragraphs) {
    for (const l of wrap(font, clean(font, p), 10, width)) {
      ensure(14);
      text(l, MARGIN, 10);
      y -= 14;
    }
    y -= 8;
  }
  return doc.save();
}
