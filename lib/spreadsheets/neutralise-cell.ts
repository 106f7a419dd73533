// CSV/formula injection: a cell that starts with = + - @ (or a tab or CR, which some
// programs skip before reading one of those) can run as a formula when the export is opened
// or re-saved as CSV. A leading apostrophe makes every spreadsheet treat it as plain text.
// Every export of user-supplied text goes through here.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
