// The participant-list template the company downloads (step 3). Both formats share one
// layout, so "wiersz 12" means the same row in either:
//   row 1       "E-mail do powiadomienia o kontach" | the address (cell B1)
//   rows 3–9    instructions, one line each in column A
//   row 11      header: Imię | Nazwisko | E-mail | Login | Hasło
//   row 12…     one participant per row
// decodeParticipantFile finds the header and the label by their text, not by these positions,
// so a company that inserts or deletes a row above the table is still read correctly.
import { toCsv } from '@/lib/spreadsheets/csv';
import { COLUMN_LABEL, NOTIFY_EMAIL_LABEL, TEMPLATE_COLUMNS } from '@/lib/groups/list/participant-columns';
import { MAX_PARTICIPANT_ROWS } from '@/lib/groups/list/participant-file';
import { LOGIN_MAX, LOGIN_MIN } from '@/lib/groups/accounts/logins';
import { newWorkbook, workbookBuffer } from '@/lib/spreadsheets/xlsx-sheet';
import { messages } from '@/lib/i18n';

export const TEMPLATE_HEADER_ROW = 11;
export const TEMPLATE_FIRST_DATA_ROW = TEMPLATE_HEADER_ROW + 1;

export const TEMPLATE_INSTRUCTIONS = messages().groups.template.instructions(
  TEMPLATE_FIRST_DATA_ROW,
  LOGIN_MIN,
  LOGIN_MAX,
  MAX_PARTICIPANT_ROWS,
);

const HEADER = TEMPLATE_COLUMNS.map((f) => COLUMN_LABEL[f]);

function templateRows(): string[][] {
  const rows: string[][] = [[NOTIFY_EMAIL_LABEL, ''], []];
  for (const line of TEMPLATE_INSTRUCTIONS) rows.push([line]);
  while (rows.length < TEMPLATE_HEADER_ROW - 1) rows.push([]);
  rows.push(HEADER);
  return rows;
}

/** UTF-8 with a BOM and ';' — what Polish Excel opens correctly with a double click. */
export function participantTemplateCsv(): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(toCsv(templateRows(), ';'), 'utf8')]);
}

export async function participantTemplateXlsx(date = new Date(0)): Promise<Buffer> {
  const workbook = newWorkbook(date);
  const sheet = workbook.addWorksheet(messages().groups.template.sheet);
  templateRows().forEach((cells, r) => {
    cells.forEach((value, c) => {
      if (value) sheet.getCell(r + 1, c + 1).value = value;
    });
  });
  sheet.getCell('A1').font = { bold: true };
  const notify = sheet.getCell('B1');
  notify.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2B3' } };
  notify.border = {
    top: { style: 'thin' },
    bottom: { style: 'thin' },
    left: { style: 'thin' },
    right: { style: 'thin' },
  };
  notify.note = messages().groups.template.notifyNote;
  HEADER.forEach((_, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = i === 0 ? 34 : 24;
    // Text format, so Excel keeps "00123" or "1e10" in Login and Hasło exactly as typed.
    column.numFmt = '@';
    const cell = sheet.getCell(TEMPLATE_HEADER_ROW, i + 1);
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  });
  return workbookBuffer(workbook);
}
