// Entry point of the statistics CSV parser: bytes in, validated (condition, method, studies) rows out, or a
// CsvImportError listing every problem with its line and column. Pure: no I/O, no database.
import { decodeCsv } from "./decode";
import { CsvImportError, Problems, TooManyProblems } from "./errors";
import { readLayout } from "./layout";
import { readLong } from "./long";
import { readWide } from "./wide";
import { detectDelimiter, firstContentLine, readRecords } from "./tokenise";
import { MAX_COUNT } from "./count";
import { fmt } from "./rows-common";
import type { ParsedStats, StatRow } from "./types";

// Blank rows as spreadsheets export them (";;;", spaces) are skipped like empty lines.
const isBlank = (fields: string[]) => fields.every((f) => f.trim() === "");

export function parseConditionsCsv(content: string | Uint8Array): ParsedStats {
  const text = decodeCsv(content);
  const lines = text.split("\n");
  const headerLine = firstContentLine(lines.map((l) => (/^[\s,;"]*$/.test(l) ? "" : l)));
  if (headerLine === 0) throw new CsvImportError([{ line: 1, column: 1, message: "the file is empty" }]);
  const delimiter = detectDelimiter(lines.slice(headerLine - 1).join("\n"), headerLine);
  const { records, tokenError } = readRecords(text, delimiter, lines);

  const p = new Problems();
  let rows: StatRow[] = [];
  let format: ParsedStats["format"] = "long";
  try {
    if (tokenError) p.add(tokenError.line, tokenError.column, tokenError.message);
    const [header, ...data] = records.filter((r) => !isBlank(r.fields));
    if (!header)
      throw new CsvImportError(p.list.length ? p.list : [{ line: 1, column: 1, message: "the file is empty" }]);
    const layout = readLayout(header, p);
    if (data.length === 0 && !tokenError) p.add(header.line, 1, "the file has a header but no data rows");
    if (layout) {
      format = layout.format;
      rows = layout.format === "long" ? readLong(data, layout, delimiter, p) : readWide(data, layout, delimiter, p);
    }
    const totalStudies = rows.reduce((s, r) => s + r.studies, 0);
    if (totalStudies > MAX_COUNT)
      p.add(header.line, 1, `the total, ${fmt(totalStudies)}, is too large (at most ${fmt(MAX_COUNT)})`);
  } catch (e) {
    if (!(e instanceof TooManyProblems)) throw e;
  }
  if (p.count > 0) throw p.toError();
  return { format, delimiter, rows, totalStudies: rows.reduce((s, r) => s + r.studies, 0) };
}
