// The import pipeline's public entry points (used by scripts/import.ts, the benchmark and tests).
export { importFolder, ImportAbortedError } from "./import-folder";
export { ImportSourceError } from "./walk-tree";
export { describeDbError } from "./db-errors";
export { tuneForImport } from "./tune-sqlite";
export type { ImportOptions, ImportProgress, ImportReport, Problem, Rejected, Unpublished } from "./types";
