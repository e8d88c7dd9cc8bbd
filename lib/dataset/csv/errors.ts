// One error type for every way a statistics CSV can be wrong, carrying all problems found so a user fixes them in one go.

/** A problem at a 1-based line of the file and a 1-based column (field number, not character offset). */
export type CsvProblem = { line: number; column: number; message: string };

export const MAX_PROBLEMS = 20;

export class CsvImportError extends Error {
  readonly line: number;
  readonly column: number;
  /** Every problem found, in file order, at most MAX_PROBLEMS. The first one is also line/column/message. */
  readonly problems: CsvProblem[];
  /** True when checking stopped at MAX_PROBLEMS: the file may hold more. */
  readonly truncated: boolean;

  constructor(problems: CsvProblem[], truncated = false) {
    const first = problems[0] ?? { line: 1, column: 1, message: "invalid CSV" };
    super(first.message);
    this.name = "CsvImportError";
    this.line = first.line;
    this.column = first.column;
    this.problems = problems.length > 0 ? problems : [first];
    this.truncated = truncated;
  }

  /** `<file>:<line>:<column>: <message>` per problem, the form editors and terminals link to. */
  format(fileName: string): string[] {
    const out = this.problems.map((p) => `${fileName}:${p.line}:${p.column}: ${p.message}`);
    if (this.truncated) out.push(`${fileName}: stopped after ${MAX_PROBLEMS} problems; fix these and try again`);
    return out;
  }
}

/** Thrown by Problems.add when the limit is reached, to unwind the checks; never escapes the parser. */
export class TooManyProblems extends Error {}

/** Collects problems in the order found, up to MAX_PROBLEMS. */
export class Problems {
  readonly list: CsvProblem[] = [];
  truncated = false;

  add(line: number, column: number, message: string): void {
    if (this.list.length >= MAX_PROBLEMS) {
      this.truncated = true;
      throw new TooManyProblems();
    }
    this.list.push({ line, column, message });
  }

  get count(): number {
    return this.list.length;
  }

  toError(): CsvImportError {
    const sorted = [...this.list].sort((a, b) => a.line - b.line || a.column - b.column);
    return new CsvImportError(sorted, this.truncated);
  }
}
