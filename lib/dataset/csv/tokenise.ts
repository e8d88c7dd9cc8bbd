// The only place that tokenises CSV, all through csv-parse: delimiter detection on the header and record reading,
// with the 1-based line each record starts on.
import { parse } from "csv-parse/sync";
import type { CsvError } from "csv-parse/sync";
import type { Delimiter } from "./types";
import { CsvImportError, type CsvProblem } from "./errors";

export type CsvRecord = { line: number; fields: string[] };

const CANDIDATES: Delimiter[] = [",", ";", "\t"];
const NAMES: Record<Delimiter, string> = { ",": "comma", ";": "semicolon", "\t": "tab" };

const baseOptions = { relax_column_count: true, skip_empty_lines: true, trim: true } as const;

/** 1-based line of the first non-empty line: the header. */
export function firstContentLine(lines: string[]): number {
  const i = lines.findIndex((l) => l.trim() !== "");
  return i < 0 ? 0 : i + 1;
}

/**
 * Picks the delimiter that splits the header into the most fields without a quoting error. On a tie (a ;-separated
 * header with "MRI 1,5T" in it splits as well on commas), the delimiter under which more of the first rows are as wide
 * as the header wins. A header with a single field, or a tie the rows cannot break, is refused.
 */
export function detectDelimiter(text: string, headerLine: number): Delimiter {
  const results = CANDIDATES.map((delimiter) => {
    try {
      const first = parse(text, { ...baseOptions, delimiter, to: 1 }) as string[][];
      return { delimiter, fields: first[0]?.length ?? 0, error: undefined };
    } catch (e) {
      return { delimiter, fields: 0, error: e };
    }
  });
  const best = Math.max(...results.map((r) => r.fields));
  if (best === 0) {
    const err = results[0]?.error;
    // `text` starts at the header, so csv-parse's line numbers are relative to it.
    throw new CsvImportError([tokenProblem(err, headerLine, headerLine - 1)]);
  }
  if (best === 1) {
    throw new CsvImportError([
      {
        line: headerLine,
        column: 1,
        message: "the header has a single column; columns must be separated by commas, semicolons or tabs",
      },
    ]);
  }
  let winners = results.filter((r) => r.fields === best).map((r) => r.delimiter);
  if (winners.length > 1) {
    const fits = winners.map((d) => matchingRows(text, d, best));
    const most = Math.max(...fits);
    winners = winners.filter((_, i) => fits[i] === most);
  }
  if (winners.length > 1) {
    throw new CsvImportError([
      {
        line: headerLine,
        column: 1,
        message: `cannot tell the delimiter: the header and rows split into ${best} columns on ${winners
          .map((w) => NAMES[w])
          .join(" and on ")}; quote the names that contain a delimiter`,
      },
    ]);
  }
  return winners[0]!;
}

/** How many of the (up to 20) rows after the header have `width` fields under this delimiter. */
function matchingRows(text: string, delimiter: Delimiter, width: number): number {
  try {
    const records = parse(text, { ...baseOptions, delimiter, to: 21 }) as string[][];
    return records.slice(1).filter((r) => r.length === width).length;
  } catch {
    return 0;
  }
}

/**
 * Reads every record. A tokenising error (bad quoting) stops reading: the records before it are returned with the
 * problem, since nothing after an unbalanced quote can be trusted.
 */
export function readRecords(
  text: string,
  delimiter: Delimiter,
  lines: string[],
): { records: CsvRecord[]; tokenError?: CsvProblem } {
  const records: CsvRecord[] = [];
  let prevEnd = 0;
  const startAfter = (end: number) => {
    let l = end + 1;
    while (l <= lines.length && lines[l - 1] === "") l++;
    return l;
  };
  try {
    parse(text, {
      ...baseOptions,
      delimiter,
      on_record: (fields: string[], ctx) => {
        records.push({ line: startAfter(prevEnd), fields });
        prevEnd = ctx.lines;
        return null;
      },
    });
  } catch (e) {
    const problem = tokenProblem(e, startAfter(prevEnd));
    return { records, tokenError: problem };
  }
  return { records };
}

function tokenProblem(e: unknown, recordStart: number, lineOffset = 0): CsvProblem {
  if (!isCsvError(e)) throw e;
  const column = typeof e.column === "number" ? e.column + 1 : 1;
  switch (e.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      // csv-parse reports the end of the file; the quote opened in the record that starts here.
      return { line: recordStart, column, message: "a quoted field is never closed (missing closing quote)" };
    case "CSV_INVALID_CLOSING_QUOTE":
      return {
        line: lineOf(e, recordStart, lineOffset),
        column,
        message: 'unexpected character after a closing quote (write a quote inside a quoted field as "")',
      };
    case "INVALID_OPENING_QUOTE":
      return {
        line: lineOf(e, recordStart, lineOffset),
        column,
        message: "a quote inside an unquoted field; quote the whole field and double the inner quote",
      };
    default:
      return { line: lineOf(e, recordStart, lineOffset), column, message: e.message };
  }
}

function lineOf(e: CsvError, fallback: number, offset: number): number {
  const lines = (e as unknown as { lines?: unknown }).lines;
  return typeof lines === "number" && lines > 0 ? lines + offset : fallback;
}

// Duck-typed: csv-parse's sync and stream builds each define their own CsvError class.
function isCsvError(e: unknown): e is CsvError {
  return e instanceof Error && typeof (e as { code?: unknown }).code === "string";
}
