// CSV as Excel reads and writes it: fields split by one separator, a field may be quoted,
// "" inside quotes is one quote, and quoted fields may span lines (one Excel row each).

/** All records of `text`; record i is the row Excel shows as row i + 1. */
export function parseCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else field += ch;
      continue;
    }
    if (ch === '"' && fieldStart) {
      inQuotes = true;
      fieldStart = false;
    } else if (ch === separator) {
      record.push(field);
      field = '';
      fieldStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      fieldStart = true;
    } else {
      field += ch;
      fieldStart = false;
    }
  }
  // An unterminated quote keeps the rest of the file in its field, as Excel does.
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

const needsQuotes = (value: string, separator: string) =>
  value.includes(separator) || /["\r\n]/.test(value) || value !== value.trim();

/** Rows as CSV text with CRLF line ends (what Excel writes on Windows). */
export function toCsv(rows: readonly (readonly string[])[], separator: string): string {
  return rows
    .map((row) => row.map((v) => (needsQuotes(v, separator) ? `"${v.replace(/"/g, '""')}"` : v)).join(separator))
    .join('\r\n')
    .concat('\r\n');
}
