// What may be attached to a desk reply (shared by the form, which runs in the browser, and the server's checks).
export const ATTACHMENT_LIMITS = { files: 5, bytesEach: 10 * 1024 * 1024, bytesTotal: 20 * 1024 * 1024 } as const;

type Kind = { contentType: string; matches: (b: Uint8Array) => boolean };

const startsWith = (sig: number[]) => (b: Uint8Array) => sig.every((x, i) => b[i] === x);
const zip = startsWith([0x50, 0x4b, 0x03, 0x04]);
function isText(b: Uint8Array): boolean {
  if (b.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

export const ATTACHMENT_KINDS: Record<string, Kind> = {
  pdf: { contentType: "application/pdf", matches: startsWith([0x25, 0x50, 0x44, 0x46, 0x2d]) },
  txt: { contentType: "text/plain; charset=utf-8", matches: isText },
  md: { contentType: "text/markdown; charset=utf-8", matches: isText },
  csv: { contentType: "text/csv; charset=utf-8", matches: isText },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", matches: zip },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", matches: zip },
  odt: { contentType: "application/vnd.oasis.opendocument.text", matches: zip },
  png: { contentType: "image/png", matches: startsWith([0x89, 0x50, 0x4e, 0x47]) },
  jpg: { contentType: "image/jpeg", matches: startsWith([0xff, 0xd8, 0xff]) },
  jpeg: { contentType: "image/jpeg", matches: startsWith([0xff, 0xd8, 0xff]) },
};

export const ATTACHMENT_ACCEPT = Object.keys(ATTACHMENT_KINDS)
  .map((k) => `.${k}`)
  .join(",");
export const ATTACHMENT_HINT = `PDF, text, CSV, Word, Excel or images; up to ${ATTACHMENT_LIMITS.files} files, 10 MB each, 20 MB in all.`;
