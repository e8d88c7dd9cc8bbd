// Streams a per-study labels table (any size): header -> column map, each record -> a validated LabelRow, or problems
// with file line and column (field number). Same CSV variants as the statistics importer: comma, semicolon or tab,
// a BOM, quoted fields, CRLF, thousands separators. Pure apart from reading the given byte stream.
import { parse, type Options } from "csv-parse";
import { Readable } from "node:stream";
import { CsvImportError, Problems, TooManyProblems } from "../../dataset/csv/errors";
import { detectDelimiter, firstContentLine } from "../../dataset/csv/tokenise";
import type { Delimiter } from "../../dataset/csv/types";
import type { SexValue } from "../labels";
import { LABEL_COLUMNS, labelColumnOf, type LabelColumn } from "./columns";
import * as read from "./values";

export type LabelRow = {
  studyInstanceUid: string;
  conditions: string[];
  method: string;
  sequences: string[];
  sex: SexValue;
  age: number;
  race: string | null;
  manufacturer: string | null;
  model: string | null;
  /** millitesla, 0 = not recorded */
  fieldStrength: number;
  studyYear: number;
  seriesCount: number;
  instanceCount: number;
  sizeBytes: number;
  objectKey: string;
  sha256: string;
};

export type ParseSummary = { rows: number; delimiter: Delimiter };

const HEAD_BYTES = 64 * 1024;

async function* decodeUtf8(
  source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let first = true;
  let lines = 1;
  for await (const chunk of source) {
    let text: string;
    if (typeof chunk === "string") text = chunk;
    else {
      if (first && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
        throw new CsvImportError([{ line: 1, column: 1, message: "the file is UTF-16; save it as UTF-8 (CSV UTF-8)" }]);
      }
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        const lenient = new TextDecoder("utf-8").decode(chunk);
        const at = lenient.indexOf("\uFFFD");
        const line = lines + (lenient.slice(0, Math.max(at, 0)).match(/\n/g)?.length ?? 0);
        throw new CsvImportError([
          { line, column: 1, message: "invalid UTF-8 on this line; save the file as UTF-8 (CSV UTF-8)" },
        ]);
      }
    }
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    lines += text.match(/\n/g)?.length ?? 0;
    if (text) yield text;
  }
}

/** Reads the first 64 kB (or all) of the text to find the header and the delimiter. */
async function head(it: AsyncIterator<string>): Promise<{ buffered: string[]; text: string; done: boolean }> {
  const buffered: string[] = [];
  let size = 0;
  let done = false;
  while (size < HEAD_BYTES) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    buffered.push(r.value);
    size += r.value.length;
  }
  return { buffered, text: buffered.join(""), done };
}

/**
 * Calls onRow for every valid row, in file order, and resolves with a summary; throws CsvImportError listing up to
 * 20 problems when the file is refused. Rows already passed to onRow before a problem is found are not withdrawn:
 * callers validate a file fully (onRow = undefined) before writing anything.
 */
export async function parseLabels(
  source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  onRow?: (row: LabelRow, line: number) => void | Promise<void>,
): Promise<ParseSummary> {
  const it = decodeUtf8(source)[Symbol.asyncIterator]();
  const h = await head(it);
  const normalised = h.text.replace(/\r\n?/g, "\n");
  const lines = normalised.split("\n");
  const headerLine = firstContentLine(lines.map((l) => (/^[\s,;"]*$/.test(l) ? "" : l)));
  if (headerLine === 0) throw new CsvImportError([{ line: 1, column: 1, message: "the file is empty" }]);
  // Only whole lines are given to the detector (the last buffered line may be cut).
  const sample = lines
    .slice(headerLine - 1, h.done ? undefined : -1)
    .slice(0, 22)
    .join("\n");
  const delimiter = detectDelimiter(sample, headerLine);

  const p = new Problems();
  // Each record carries the line it starts on (the line after the previous record ended); records are numbered here,
  // as csv-parse produces them, so an error after buffered records still knows where the failing record began.
  let lastEnd = 0;
  const parser = parse({
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    on_record: (record: string[], ctx: { lines: number }) => {
      const line = lastEnd + 1;
      lastEnd = ctx.lines;
      return { record, line };
    },
  } as unknown as Options);
  const feed = Readable.from(
    (async function* () {
      for (const s of h.buffered) yield s;
      for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
    })(),
  );
  feed.on("error", (e) => parser.destroy(e));
  feed.pipe(parser);

  let columns: (LabelColumn | null)[] | null = null;
  let width = 0;
  let rows = 0;
  const seen = new Set<string>();
  try {
    try {
      for await (const rec of parser as AsyncIterable<{ record: string[]; line: number }>) {
        const line = rec.line;
        const fields = rec.record;
        if (fields.every((f) => f.trim() === "")) continue;
        if (columns === null) {
          columns = readHeader(fields, line, p);
          width = fields.length;
          if (p.count > 0) break; // rows cannot be read against a wrong header
          continue;
        }
        const row = readRow(fields, columns, width, line, delimiter, p);
        if (!row) continue;
        if (seen.has(row.studyInstanceUid)) {
          p.add(line, columns.indexOf("studyInstanceUid") + 1, `study ${row.studyInstanceUid} appears twice`);
          continue;
        }
        seen.add(row.studyInstanceUid);
        rows++;
        if (onRow && p.count === 0) await onRow(row, line);
      }
    } catch (e) {
      if (e instanceof CsvImportError || e instanceof TooManyProblems) throw e;
      const err = e as { code?: string; lines?: number; message: string };
      if ((typeof err.code === "string" && err.code.startsWith("CSV_")) || err.code === "INVALID_OPENING_QUOTE") {
        const msg =
          err.code === "CSV_QUOTE_NOT_CLOSED" ? "a quoted field is never closed (missing closing quote)" : err.message;
        p.add(err.code === "CSV_QUOTE_NOT_CLOSED" ? lastEnd + 1 : (err.lines ?? lastEnd + 1), 1, msg);
      } else throw e;
    }
    if (columns === null && p.count === 0) p.add(headerLine, 1, "the file is empty");
    else if (rows === 0 && p.count === 0) p.add(headerLine, 1, "the file has a header but no data rows");
  } catch (e) {
    if (!(e instanceof TooManyProblems)) throw e;
  }
  if (p.count > 0) throw p.toError();
  return { rows, delimiter };
}

function readHeader(fields: string[], line: number, p: Problems): (LabelColumn | null)[] {
  const at = new Map<LabelColumn, number>();
  const cols = fields.map((raw, i) => {
    const key = labelColumnOf(raw);
    if (key === null) {
      p.add(
        line,
        i + 1,
        `${raw.trim() === "" ? "empty column name" : `unknown column "${raw.trim()}"`}; the columns are ${LABEL_COLUMNS.map((c) => c.header).join(", ")}`,
      );
    } else if (at.has(key)) {
      p.add(
        line,
        i + 1,
        `a second ${LABEL_COLUMNS.find((c) => c.key === key)!.header} column (the first is column ${at.get(key)! + 1})`,
      );
    } else at.set(key, i);
    return key;
  });
  for (const c of LABEL_COLUMNS)
    if (c.required && !at.has(c.key)) p.add(line, 1, `missing column: ${c.header} (${c.meaning})`);
  return cols;
}

function readRow(
  fields: string[],
  columns: (LabelColumn | null)[],
  width: number,
  line: number,
  d: Delimiter,
  p: Problems,
): LabelRow | null {
  if (fields.length !== width) {
    p.add(line, Math.min(fields.length, width) + 1, `${fields.length} fields where the header has ${width}`);
    return null;
  }
  const cell = (key: LabelColumn) => {
    const i = columns.indexOf(key);
    return { i, raw: i < 0 ? "" : fields[i]! };
  };
  let bad = false;
  function get<T>(key: LabelColumn, reader: (raw: string) => read.Cell<T>, fallback: T): T {
    const { i, raw } = cell(key);
    const r = reader(raw);
    if (r.ok) return r.value;
    bad = true;
    p.add(line, i + 1, r.message);
    return fallback;
  }
  const row: LabelRow = {
    studyInstanceUid: get("studyInstanceUid", read.readUid, ""),
    conditions: get("conditions", (r) => read.readList(r, "conditions", true), []),
    method: get("method", (r) => read.readName(r, "method", true), null) ?? "",
    sequences: get("sequences", (r) => read.readList(r, "sequences", false), []),
    sex: get("sex", read.readSex, "U"),
    age: get("age", read.readAge, -1),
    race: get("race", (r) => read.readName(r, "race", false), null),
    manufacturer: get("manufacturer", (r) => read.readName(r, "manufacturer", false), null),
    model: get("model", (r) => read.readName(r, "model", false), null),
    fieldStrength: get("fieldStrength", (r) => read.readTesla(r, d), 0),
    studyYear: get("studyYear", read.readYear, 0),
    seriesCount: get("seriesCount", (r) => read.readWhole(r, d, "series_count", false), 0),
    instanceCount: get("instanceCount", (r) => read.readWhole(r, d, "instance_count", false), 0),
    sizeBytes: get("sizeBytes", (r) => read.readBytes(r, d), 0),
    objectKey: get("objectKey", read.readKey, ""),
    sha256: get("sha256", read.readSha256, ""),
  };
  return bad ? null : row;
}

/** Convenience for tests and small files. */
export function parseLabelsText(content: string | Uint8Array, onRow?: (row: LabelRow, line: number) => void) {
  return parseLabels([typeof content === "string" ? Buffer.from(content, "utf8") : content], onRow);
}
