// The statistics download: long format (condition, method, studies), RFC 4180 (CRLF, quotes only where needed), which
// the importer reads back unchanged.
import { stringify } from "csv-stringify/sync";
import type { StatRow } from "./csv/types";

export function statsToCsv(rows: readonly StatRow[]): string {
  return stringify(
    rows.map((r) => [r.condition, r.method, r.studies]),
    {
      header: true,
      columns: ["condition", "method", "studies"],
      record_delimiter: "windows",
      // csv-stringify only quotes the record delimiter itself (\r\n); RFC 4180 wants any CR or LF quoted.
      quoted_match: /[\r\n]/,
    },
  );
}
