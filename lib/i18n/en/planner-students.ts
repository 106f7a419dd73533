// English catalogue: the matura planner's student list, form and import. Mirrors lib/i18n/pl/planner-students.ts key for key.
// The import's header words stay the Polish ones the parser recognises (Nazwisko, Imie, Klasa, Formula, Zwolnienie).
import type { Messages } from '../pl';
import { pluralEn } from '@/lib/format/plural';

const count = (n: number) => new Intl.NumberFormat('en-GB').format(n);
const students = (n: number) => `${count(n)} ${pluralEn(n, 'student', 'students')}`;
const ACCEPTED =
  'Upload an Excel (.xlsx) or CSV file with a header row: Nazwisko (last name), Imie (first name), Klasa (class), Formula, Zwolnienie (exemption).';

export const plannerStudents: Messages['plannerStudents'] = {
  title: 'Students',
  intro: (year: number) =>
    `Students sitting the ${year} matura. Enter them one by one or import the list from an Excel or CSV file; fill in each student's declaration on their page.`,
  count: (n: number) => `On the list: ${students(n)}.`,
  none: 'There are no students on the list yet.',
  columns: {
    lastName: 'Last name',
    firstName: 'First name',
    className: 'Class',
    formula: 'Formula',
    vocationalExemption: 'Exemption',
    declaration: 'Declaration',
    checked: 'Matches paper copy',
  },
  fields: {
    firstName: 'First name',
    lastName: 'Last name',
    className: 'Class (form)',
    classNameHint: 'E.g. 4a or 5 TI.',
    formula: 'Exam formula',
    vocationalExemption: 'Exempt from an additional subject (vocational diploma, technical school)',
    lateStart: 'Ukrainian citizen starting the final year after 7 February (declaration deadline 14 March)',
    resit: 'Resitting the matura next year (moves to the renewed licence)',
  },
  rows: {
    classMissing: 'Class missing.',
    classInvalid: 'A class is at most 10 characters: digits, letters and spaces, e.g. 4a.',
    formulaInvalid: (value: string) => `"${value}" is not an exam formula: enter 2023 or 2015 (empty = 2023).`,
    exemptionInvalid: (value: string) => `"${value}": enter "yes" or leave it empty.`,
    duplicateInFile: (row: number) => `The same student (first name, last name, class) is already in row ${row}.`,
    alreadyListed: 'This student (first name, last name, class) is already on the list.',
  },
  templateExample: ['Kowalska', 'Anna', '4a', '2023', ''],
  yes: ['tak', 't', 'x', '1', 'yes', 'y'],
  no: ['nie', 'n', '0', 'no', ''],
  add: {
    title: 'Add a student',
    submit: 'Add the student',
    added: (name: string) => `Added: ${name}.`,
  },
  edit: {
    title: "Student's details",
    submit: "Save the student's details",
    saved: "Student's details saved.",
    delete: 'Remove the student from the list',
    deleteConfirm: 'Remove the student together with their declaration? This cannot be undone.',
    deleted: (name: string) => `Removed: ${name}.`,
  },
  import: {
    title: 'Importing the student list',
    link: 'Import from an Excel or CSV file',
    intro:
      'An Excel (.xlsx) or CSV file with a header row. Required columns: Nazwisko (last name), Imie (first name), Klasa (class); optional: Formula (2023 or 2015; empty = 2023) and Zwolnienie ("yes" for a technical-school graduate with a vocational diploma). You will see a preview first — nothing is saved until you confirm it.',
    file: 'File with the student list',
    send: 'Load and preview',
    template: 'Download the CSV template',
    previewTitle: (file: string) => `Preview: ${file}`,
    previewOk: (n: number) => `All rows are valid. Confirm to add ${students(n)}.`,
    previewErrors: (bad: number, all: number) =>
      `${count(bad)} of ${count(all)} ${pluralEn(all, 'row', 'rows')} ${pluralEn(bad, 'has', 'have')} errors (described by the cell). Fix the file and load it again — nothing was saved.`,
    row: 'Row',
    problems: 'Errors',
    confirm: (n: number) => `Add ${students(n)}`,
    discard: 'Discard the preview',
    imported: (n: number) => `Added ${students(n)} from the file.`,
    gone: 'This preview has already been saved or discarded.',
    hasErrors: 'The preview has errors: fix the file and load it again.',
  },
  file: {
    missing: 'Choose the file with the student list.',
    bodyTooLarge:
      'The file is larger than 2 MB — too much for a student list. Save only the list in the file (no other sheets or images).',
    empty: (file: string) => `The file "${file}" is empty.`,
    tooLarge: (file: string, size: string) => `The file "${file}" is ${size}, but a student list can be at most 2 MB.`,
    legacyXls: (file: string) =>
      `The file "${file}" is in the old Excel 97–2003 format (.xls). Save it as .xlsx or CSV and upload it again.`,
    unsupported: (file: string) => `The file "${file}" is neither an Excel sheet nor a CSV file. ${ACCEPTED}`,
    corrupt: (file: string) => `Couldn't read the file "${file}": the Excel file is damaged. Save it again as .xlsx.`,
    noHeader: `No header row with the columns Nazwisko, Imie and Klasa was found. ${ACCEPTED}`,
    noRows: (file: string) => `The file "${file}" contains no student under the header.`,
    tooManyRows: (n: number, max: number) =>
      `The file contains ${count(n)} rows, but one list can have at most ${count(max)}.`,
  },
  declarationState: {
    none: 'none',
    complete: 'complete',
    errors: (n: number) => `${count(n)} ${pluralEn(n, 'error', 'errors')}`,
    locked: 'locked',
  },
  checked: {
    yes: (by: string, at: string) => `checked (${by}, ${at})`,
    no: 'not checked',
  },
  open: 'Open',
  filterClass: 'Class',
  allClasses: 'all',
};
