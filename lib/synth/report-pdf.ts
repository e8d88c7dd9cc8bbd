// One-page radiologist-style PDF report (pdf-lib, standard Helvetica), stamped SYNTHETIC, with key images.
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import type { PhantomParams } from "./params";
import { reportFields } from "./report-text";

export interface ReportInput {
  params: PhantomParams;
  studyUid: string;
  /** Synthetic study date, YYYYMMDD. */
  date: string;
  /** Greyscale JPEGs shown as key images (mid-sagittal, axial at the herniation). */
  keyImages: { jpeg: Uint8Array; caption: string }[];
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));

export async function reportPdf(input: ReportInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle("Lumbar Spine MRI - SYNTHETIC radiology report");
  doc.setSubject("Synthetic, illustrative report for a computer-generated phantom. Not a patient. Not for diagnosis.");
  doc.setKeywords(["SYNTHETIC", "lumbar spine", "MRI", "preview"]);
  doc.setProducer("pdf-lib");
  doc.setCreator("lumbar-spine-mri-storefront pack:synth");
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const page = doc.addPage([595.28, 841.89]);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const left = 50;
  const width = 495;
  let y = 800;
  const text = (p: PDFPage, s: string, x: number, size: number, font = regular, color = rgb(0, 0, 0)) =>
    p.drawText(s, { x, y, size, font, color });

  page.drawRectangle({ x: left - 6, y: y - 30, width: width + 12, height: 40, color: rgb(0.78, 0.1, 0.1) });
  text(page, "SYNTHETIC - ILLUSTRATIVE SAMPLE, NOT A PATIENT", left, 15, bold, rgb(1, 1, 1));
  y -= 20;
  text(
    page,
    "Computer-generated phantom for a product preview. Not a medical report; do not use for diagnosis.",
    left,
    8.5,
    regular,
    rgb(1, 1, 1),
  );
  y -= 36;
  text(page, "Lumbar Spine MRI - Radiology Report", left, 17, bold);
  y -= 16;
  text(page, `Study UID ${input.studyUid}`, left, 7.5, regular, rgb(0.35, 0.35, 0.35));
  y -= 22;
  for (const field of reportFields(input.params)) {
    text(page, `${field.label}:`, left, 10, bold);
    const lines = wrap(field.text, regular, 10, width - 120);
    for (const line of lines) {
      text(page, line, left + 120, 10);
      y -= 13.5;
    }
    y -= 5;
  }
  y -= 8;
  const gap = 15;
  const size = Math.min((width - gap * (input.keyImages.length - 1)) / Math.max(1, input.keyImages.length), y - 90);
  let x = left;
  for (const key of input.keyImages) {
    const img = await doc.embedJpg(key.jpeg);
    page.drawImage(img, { x, y: y - size, width: size, height: size });
    page.drawText(key.caption, { x, y: y - size - 12, size: 8, font: regular, color: rgb(0.3, 0.3, 0.3) });
    x += size + gap;
  }
  page.drawText("Radiologist: (synthetic sample - no reporting physician)   Page 1 of 1", {
    x: left,
    y: 40,
    size: 8,
    font: regular,
    color: rgb(0.35, 0.35, 0.35),
  });
  return doc.save({ useObjectStreams: false });
}
