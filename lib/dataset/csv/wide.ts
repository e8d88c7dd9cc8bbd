// Reads the rows of a wide table: one row per condition, one column per method; a Total row and/or column is checked
// against the sums and then dropped.
import type { CsvRecord } from "./tokenise";
import type { Problems } from "./errors";
import type { Delimiter, StatRow } from "./types";
import type { WideLayout } from "./layout";
import { isTotalName } from "./headers";
import { nameKey, nameProblem, normaliseName } from "./names";
import { parseCount } from "./count";
import { checkWidth, fmt } from "./rows-common";

export function readWide(records: CsvRecord[], layout: WideLayout, delimiter: Delimiter, p: Problems): StatRow[] {
  const rows: StatRow[] = [];
  const firstLine = new Map<string, number>();
  // Per method column: its sum, and whether a bad cell makes the sum unusable for checking the Total row.
  const sums = layout.methods.map(() => 0);
  const broken = layout.methods.map(() => false);
  let totalRow: CsvRecord | null = null;
  let conditionRows = 0;

  for (const record of records) {
    if (!checkWidth(record, layout.width, p)) {
      broken.fill(true);
      continue;
    }
    const condition = normaliseName(record.fields[0]!);
    if (condition !== "" && isTotalName(condition)) {
      if (totalRow) {
        p.add(record.line, 1, `a second total row (the first is on line ${totalRow.line})`);
        broken.fill(true);
      } else {
        totalRow = record;
      }
      continue;
    }
    conditionRows++;
    const before = p.count;
    const problem = nameProblem(condition, "condition");
    if (problem) {
      p.add(record.line, 1, problem);
    } else {
      const first = firstLine.get(nameKey(condition));
      if (first !== undefined) p.add(record.line, 1, `duplicate condition "${condition}" (first on line ${first})`);
      else firstLine.set(nameKey(condition), record.line);
    }

    const values: (number | null)[] = layout.methods.map((m, i) => {
      const count = parseCount(record.fields[m.index]!, delimiter);
      if (count.ok) {
        sums[i]! += count.value;
        return count.value;
      }
      p.add(record.line, m.index + 1, count.message);
      broken[i] = true;
      return null;
    });
    const cellsOk = values.every((v) => v !== null);
    if (layout.total !== null) {
      const total = parseCount(record.fields[layout.total]!, delimiter);
      if (!total.ok) {
        p.add(record.line, layout.total + 1, total.message);
      } else if (cellsOk) {
        const sum = values.reduce<number>((s, v) => s + (v ?? 0), 0);
        if (sum !== total.value) {
          p.add(
            record.line,
            layout.total + 1,
            `row total ${fmt(total.value)} does not match the sum of the row, ${fmt(sum)}`,
          );
        }
      }
    }
    if (p.count === before) {
      layout.methods.forEach((m, i) => rows.push({ condition, method: m.name, studies: values[i]! }));
    }
  }

  if (conditionRows === 0 && totalRow) p.add(totalRow.line, 1, "the table has a total row but no condition rows");
  if (totalRow && conditionRows > 0) checkTotalRow(totalRow, layout, delimiter, sums, broken, p);
  return rows;
}

function checkTotalRow(
  record: CsvRecord,
  layout: WideLayout,
  delimiter: Delimiter,
  sums: number[],
  broken: boolean[],
  p: Problems,
): void {
  layout.methods.forEach((m, i) => {
    const total = parseCount(record.fields[m.index]!, delimiter);
    if (!total.ok) p.add(record.line, m.index + 1, total.message);
    else if (!broken[i] && total.value !== sums[i]) {
      p.add(
        record.line,
        m.index + 1,
        `total ${fmt(total.value)} for "${m.name}" does not match the sum of the column, ${fmt(sums[i]!)}`,
      );
    }
  });
  if (layout.total !== null) {
    const total = parseCount(record.fields[layout.total]!, delimiter);
    const grand = sums.reduce((s, v) => s + v, 0);
    if (!total.ok) p.add(record.line, layout.total + 1, total.message);
    else if (!broken.some(Boolean) && total.value !== grand) {
      p.add(
        record.line,
        layout.total + 1,
        `grand total ${fmt(total.value)} does not match the sum of the table, ${fmt(grand)}`,
      );
    }
  }
}
