// Public surface of the statistics CSV parser.
export { parseConditionsCsv } from "./parse-conditions-csv";
export { CsvImportError, MAX_PROBLEMS, type CsvProblem } from "./errors";
export type { CsvFormat, Delimiter, ParsedStats, StatRow } from "./types";
