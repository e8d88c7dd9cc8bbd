// Reads the header row: is this a long table (condition, method, studies in any order) or a wide one (condition,
// then one column per method, optionally a Total column)?
import type { CsvRecord } from "./tokenise";
import type { Problems } from "./errors";
import { isTotalName, roleOf, ROLE_NAMES, type Role } from "./headers";
import { nameKey, nameProblem, normaliseName } from "./names";

export type LongLayout = { format: "long"; width: number; condition: number; method: number; studies: number };
export type WideLayout = {
  format: "wide";
  width: number;
  methods: { index: number; name: string }[];
  total: number | null;
};
export type Layout = LongLayout | WideLayout;

export function readLayout(header: CsvRecord, p: Problems): Layout | null {
  const cells = header.fields.map(normaliseName);
  const roles = cells.map(roleOf);
  const before = p.count;
  const layout = roles.includes("method")
    ? longLayout(header.line, cells, roles, p)
    : wideLayout(header.line, cells, roles, p);
  return p.count > before ? null : layout;
}

function longLayout(line: number, cells: string[], roles: (Role | null)[], p: Problems): LongLayout {
  const at: Partial<Record<Role, number>> = {};
  roles.forEach((role, i) => {
    const cell = cells[i]!;
    if (role === null) {
      const what = cell === "" ? "empty column name" : `unknown column "${cell}"`;
      p.add(line, i + 1, `${what}; a long table has exactly the columns condition, method and studies`);
    } else if (at[role] !== undefined) {
      p.add(line, i + 1, `a second ${role} column "${cell}" (the first is column ${at[role]! + 1})`);
    } else {
      at[role] = i;
    }
  });
  for (const role of ["condition", "method", "studies"] as const) {
    if (at[role] === undefined) p.add(line, 1, `missing column: ${ROLE_NAMES[role]}`);
  }
  return {
    format: "long",
    width: cells.length,
    condition: at.condition ?? 0,
    method: at.method ?? 0,
    studies: at.studies ?? 0,
  };
}

function wideLayout(line: number, cells: string[], roles: (Role | null)[], p: Problems): WideLayout {
  const start = p.count;
  if (roles[0] !== "condition") {
    p.add(
      line,
      1,
      `unknown header "${cells[0]}": the first column must be the ${ROLE_NAMES.condition}, or the file must be a long ` +
        `table with condition, method and studies columns`,
    );
  }
  const methods: WideLayout["methods"] = [];
  const seen = new Map<string, number>();
  let total: number | null = null;
  cells.forEach((cell, i) => {
    if (i === 0) return;
    if (isTotalName(cell)) {
      if (total !== null) p.add(line, i + 1, `a second total column "${cell}" (the first is column ${total + 1})`);
      else total = i;
      return;
    }
    if (roles[i] === "studies") {
      p.add(
        line,
        i + 1,
        `unknown header "${cell}": a count column needs a ${ROLE_NAMES.method} column beside it (long table)`,
      );
      return;
    }
    if (roles[i] === "condition") {
      p.add(line, i + 1, `a second condition column "${cell}"; only the first column holds conditions`);
      return;
    }
    const problem = nameProblem(cell, "method");
    if (problem) {
      p.add(line, i + 1, cell === "" ? "empty column name: each column after the first is a method" : problem);
      return;
    }
    const first = seen.get(nameKey(cell));
    if (first !== undefined) {
      p.add(line, i + 1, `duplicate method column "${cell}" (also column ${first + 1})`);
      return;
    }
    seen.set(nameKey(cell), i);
    methods.push({ index: i, name: cell });
  });
  if (methods.length === 0 && p.count === start) {
    p.add(line, 2, "no method columns: a wide table has the condition first, then one column per method");
  }
  return { format: "wide", width: cells.length, methods, total };
}
