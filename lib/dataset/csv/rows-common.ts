// Checks shared by the long and wide readers: row width, and one display spelling per name.
import type { CsvRecord } from "./tokenise";
import type { Problems } from "./errors";
import { nameKey } from "./names";

export const fmt = (n: number) => n.toLocaleString("en-US");

/** Reports a row whose field count differs from the header's; true when the row is usable. */
export function checkWidth(record: CsvRecord, width: number, p: Problems): boolean {
  const n = record.fields.length;
  if (n === width) return true;
  const column = Math.min(n, width) + 1;
  const detail = n < width ? "missing values" : "extra values (an unquoted delimiter inside a value?)";
  p.add(record.line, column, `this row has ${n} columns but the header has ${width}: ${detail}`);
  return false;
}

/** The first spelling seen of a name wins, so "MRI 3T" and "MRI 3t" end up as one method. */
export class Spellings {
  private readonly map = new Map<string, string>();
  canonical(name: string): string {
    const key = nameKey(name);
    const known = this.map.get(key);
    if (known !== undefined) return known;
    this.map.set(key, name);
    return name;
  }
}
