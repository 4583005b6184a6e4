/** What a CSV cell may hold; `undefined` is written as an empty cell. */
export type CsvValue = string | number | boolean | undefined;

// Spreadsheets run cells starting with these as formulas (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: RFC 4180 quoting, text that a spreadsheet would run as a formula prefixed with `'`. */
export function toCsvField(value: CsvValue): string {
  if (value === undefined) {
    return '';
  }
  if (typeof value !== 'string') {
    return String(value);
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV file: the first row is the header; every line, the last included, ends
 * with CRLF. Every CSV a Stagecraft backend or page exports is written here.
 */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map(row => `${row.map(toCsvField).join(',')}\r\n`).join('');
}
