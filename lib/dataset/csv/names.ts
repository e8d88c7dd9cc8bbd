// Condition and method names: whitespace normalised, display case kept, compared case-insensitively.

const MAX_NAME = 200;

export function normaliseName(raw: string): string {
  return raw.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** Two names with the same key are the same condition (or method). */
export function nameKey(name: string): string {
  return name.toLowerCase();
}

/** Why a (normalised) name is refused, or null. `what` is "condition" or "method". */
export function nameProblem(name: string, what: string): string | null {
  if (name === "") return `empty ${what}`;
  if (name.length > MAX_NAME) return `${what} is longer than ${MAX_NAME} characters`;
  if (/[\u0000-\u001f\u007f]/.test(name)) return `${what} contains a control character`;
  // Refused rather than escaped so the download CSV can be re-imported as is and never runs as a spreadsheet formula.
  if (/^[=+\-@]/.test(name)) return `${what} "${name}" starts with ${name[0]}, which spreadsheets run as a formula`;
  return null;
}
