// English catalogue: the matura planner's subject lists. Mirrors lib/i18n/pl/planner-subjects.ts key for key.
import type { Messages } from '../pl';

export const plannerSubjects: Messages['plannerSubjects'] = {
  title: 'Matura subjects',
  nav: 'Matura subjects',
  link: 'Subjects and levels',
  intro:
    "Each exam year's list of subjects and levels, against which the planner checks declarations. A change to a saved list applies at once in every school of that year.",
  back: 'Schools',
  yearTitle: (year: number) => `Matura ${year}`,
  builtIn: 'List built into the application.',
  stored: (who: string, when: string) => `List saved by ${who} on ${when}.`,
  storedUnknown: (when: string) => `List saved on ${when}.`,
  none: "This year has no subject list yet: declarations can't be saved until you save one.",
  source: (source: string) => `Source: ${source}`,
  download: 'Download JSON',
  tableLabel: (year: number) => `Matura ${year} subjects`,
  columns: {
    subject: 'Subject',
    code: 'Code',
    kind: 'Kind',
    formulas: 'Formulas',
    written: 'Written part',
    oral: 'Oral part',
    environment: 'Choices in the declaration',
  },
  kinds: {
    core: 'compulsory',
    modernForeign: 'modern foreign language',
    minority: 'national minority language',
    ethnic: 'ethnic minority language',
    regional: 'regional language',
    additional: 'additional',
  },
  noPart: '—',
  edit: {
    title: 'Change the list',
    hint: 'The list in JSON format: exam year, source and subjects. A new subject must have its own name (the "name" field).',
    label: (year: number) => `Matura ${year} subject list (JSON)`,
    save: 'Save the list',
    saved: (year: number) => `The Matura ${year} subject list has been saved.`,
    reset: 'Restore the built-in list',
    resetConfirm: (year: number) => `Restore the built-in Matura ${year} subject list? Saved changes will be removed.`,
    resetDone: (year: number) => `The built-in Matura ${year} subject list has been restored.`,
  },
  errors: {
    invalid: 'The list was not saved.',
    jsonAt: (line: number, column: number) => `This is not valid JSON: error at line ${line}, column ${column}.`,
    json: 'This is not valid JSON (check brackets, commas and quotation marks).',
    schema: (details: string) => `The list does not match the schema: ${details}`,
    wrongYear: (stated: number, year: number) =>
      `The "examYear" field is ${stated}, but you are saving the Matura ${year} list.`,
    dropped: (subjects: string) =>
      `The list leaves out subjects students have already declared: ${subjects}. Put them back on the list.`,
    droppedOne: (name: string, count: number) => `${name} (exams in declarations: ${count})`,
    noBuiltIn: "This year has no built-in list: the saved list can't be removed.",
    notStored: 'This year already has a built-in list.',
    year: 'There is no such exam year.',
  },
  rules: {
    duplicate: (code: string) => `Subject "${code}" is on the list twice.`,
    noForeign: (formula: string) =>
      `Formula ${formula} has no compulsory foreign language (written at basic level and oral without a level).`,
    noBasic: (formula: string, code: string) =>
      `Formula ${formula} is missing subject "${code}" at basic level (compulsory).`,
  },
};
