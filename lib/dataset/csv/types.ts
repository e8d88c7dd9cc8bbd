// The parser's output: what an import stores, independent of the file's layout.
export type StatRow = { condition: string; method: string; studies: number };

export type CsvFormat = "long" | "wide";

export type Delimiter = "," | ";" | "\t";

export type ParsedStats = { format: CsvFormat; delimiter: Delimiter; rows: StatRow[]; totalStudies: number };
