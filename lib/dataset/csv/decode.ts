// Bytes to text: the file must be UTF-8 (a BOM is allowed); line endings become \n so line numbers are exact.
import { CsvImportError } from "./errors";

export function decodeCsv(content: string | Uint8Array): string {
  let text: string;
  if (typeof content === "string") {
    text = content;
  } else {
    const b = content;
    if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) {
      throw new CsvImportError([{ line: 1, column: 1, message: "the file is UTF-16; save it as UTF-8 (CSV UTF-8)" }]);
    }
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(b);
    } catch {
      const lenient = new TextDecoder("utf-8").decode(b);
      const at = lenient.indexOf("\uFFFD");
      const line = lenient.slice(0, Math.max(at, 0)).split(/\r\n|\r|\n/).length;
      throw new CsvImportError([
        { line, column: 1, message: "invalid UTF-8 on this line; save the file as UTF-8 (CSV UTF-8)" },
      ]);
    }
  }
  // TextDecoder drops a UTF-8 BOM; a string may still carry one.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.replace(/\r\n?/g, "\n");
}
