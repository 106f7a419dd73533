// English catalogue: one student's matura declaration in the planner. Mirrors lib/i18n/pl/planner-declarations.ts key for key.
import type { Messages } from '../pl';
import { pluralEn } from '@/lib/format/plural';

const count = (n: number) => new Intl.NumberFormat('en-GB').format(n);

export const plannerDeclarations: Messages['plannerDeclarations'] = {
  title: 'Matura declaration',
  back: 'Back to the student list',
  deadline: (day: string) => `Declaration deadline: ${day}.`,
  deadlineLateStart: (day: string) => `Declaration deadline (student starting school after 7 February): ${day}.`,
  noList: (year: number) => `The subject list for ${year} has not been published in the planner yet.`,
  obligatory: {
    title: 'Compulsory subjects',
    written: 'Written part (basic level): Polish, mathematics and a modern foreign language',
    oral: 'Oral part (no level): Polish and the same foreign language',
    foreign: 'Modern foreign language (written and oral)',
    choose: '— choose —',
    fixed: (subjects: string) => `Always in the declaration: ${subjects}.`,
  },
  additional: {
    title: 'Additional subjects (written part)',
    hint: 'At least one and at most six; foreign languages also at bilingual level.',
    subject: (n: number) => `Additional subject ${count(n)}`,
    subjectLabel: 'Subject',
    level: 'Level',
    add: 'Add an additional subject',
    remove: 'Remove',
    none: '— none —',
  },
  orals: {
    title: 'Additional oral exams',
    hint: 'Optional: a foreign language (no level or bilingual), a minority, ethnic or regional language.',
    subject: (n: number) => `Oral exam ${count(n)}`,
    add: 'Add an oral exam',
  },
  save: 'Save the declaration',
  printOne: 'Download the declaration for signing (PDF)',
  saved: 'Declaration saved. Check it against the paper declaration signed by the student.',
  invalid: 'The declaration has errors — described next to each field. Nothing was saved.',
  stored: 'Saved declaration',
  storedErrors: (n: number) =>
    `The saved declaration has ${count(n)} ${pluralEn(n, 'error', 'errors')} against this year's subject list:`,
  empty: 'The declaration has not been filled in yet.',
  locked: (day: string) =>
    `The deadline passed on ${day}: the declaration is locked. The head teacher can change it by unlocking it with a reason.`,
  unlockedOpen: (by: string, reason: string) =>
    `Unlocked after the deadline by: ${by} (reason: ${reason.replace(/[.\s]+$/, '')}). It will be locked again once the changes are saved.`,
  unlock: {
    title: 'Unlock the declaration after the deadline',
    reason: 'Reason (recorded in the change log)',
    submit: 'Unlock the declaration',
    done: 'Declaration unlocked: one change can be made.',
    reasonShort: 'Give a reason for unlocking (at least 5 characters).',
    notLocked: "The declaration isn't locked — the deadline hasn't passed yet.",
    history: 'Unlocks',
    entry: (at: string, by: string, reason: string) => `${at} — ${by}: ${reason}`,
  },
  checked: {
    title: 'Agreement with the paper declaration',
    hint: "The planner's data does not replace the paper declaration signed by the student: after comparing, mark that they agree.",
    mark: 'Mark: checked against the paper declaration',
    unmark: 'Undo the mark',
    done: (by: string, at: string) => `Checked against the paper declaration: ${by}, ${at}.`,
    not: 'Not yet checked against the paper declaration.',
    marked: 'Marked as checked.',
    unmarked: 'Mark undone.',
    clearedBySave: 'The declaration changed, so the mark of agreement with the paper one was removed.',
  },
  checkedEmpty: "Fill in the declaration first — an empty one can't be compared with the paper one.",
  student: {
    formula: (f: string) => f,
    exemption: 'exempt from an additional subject',
  },
};
