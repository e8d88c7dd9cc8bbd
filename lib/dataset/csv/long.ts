// Reads the rows of a long table: one (condition, method, studies) per line.
import type { CsvRecord } from "./tokenise";
import type { Problems } from "./errors";
import type { Delimiter, StatRow } from "./types";
import type { LongLayout } from "./layout";
import { isTotalName } from "./headers";
import { nameKey, nameProblem, normaliseName } from "./names";
import { parseCount } from "./count";
import { checkWidth, Spellings } from "./rows-common";

export function readLong(records: CsvRecord[], layout: LongLayout, delimiter: Delimiter, p: Problems): StatRow[] {
  const rows: StatRow[] = [];
  const firstLine = new Map<string, number>();
  const conditions = new Spellings();
  const methods = new Spellings();
  for (const record of records) {
    if (!checkWidth(record, layout.width, p)) continue;
    const before = p.count;
    const condition = normaliseName(record.fields[layout.condition]!);
    const method = normaliseName(record.fields[layout.method]!);
    const cCol = layout.condition + 1;
    const mCol = layout.method + 1;

    const cProblem = nameProblem(condition, "condition");
    if (cProblem) p.add(record.line, cCol, cProblem);
    else if (isTotalName(condition)) p.add(record.line, cCol, summaryMessage(condition));
    const mProblem = nameProblem(method, "method");
    if (mProblem) p.add(record.line, mCol, mProblem);
    else if (isTotalName(method)) p.add(record.line, mCol, summaryMessage(method));

    const count = parseCount(record.fields[layout.studies]!, delimiter);
    if (!count.ok) p.add(record.line, layout.studies + 1, count.message);

    if (condition !== "" && method !== "") {
      const key = `${nameKey(condition)}\u0000${nameKey(method)}`;
      const first = firstLine.get(key);
      if (first !== undefined) {
        p.add(record.line, cCol, `duplicate row for "${condition}" / "${method}" (first on line ${first})`);
      } else {
        firstLine.set(key, record.line);
      }
    }
    if (p.count === before && count.ok) {
      rows.push({
        condition: conditions.canonical(condition),
        method: methods.canonical(method),
        studies: count.value,
      });
    }
  }
  return rows;
}

function summaryMessage(name: string): string {
  return `"${name}" looks like a summary row; a long table holds only per-condition figures (totals are computed)`;
}
