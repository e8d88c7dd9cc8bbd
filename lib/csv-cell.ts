// One CSV cell for the exports people open in spreadsheets (the enquiry inbox, download history).

/**
 * Quotes every cell that holds a delimiter of any common locale (`,`, `;` as in German or French Excel, tab) or a
 * quote or line break, so no cell splits into two - the second of which could start with `=` - and defuses spreadsheet
 * formulas (a cell starting with = + - @ tab or CR runs in Excel). Dates are written as ISO 8601.
 */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",;\t\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
