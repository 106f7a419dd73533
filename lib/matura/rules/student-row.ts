// One student of the planner's list as typed or read from a file: each column checked on its own,
// every problem named beside its column (the import shows them by row and column, the form beside
// the field). The names follow the participant lists' rule, so "Anna-Maria O'Brien" passes both.
import { messages } from '@/lib/i18n';
import { transliterate } from '@/lib/format/transliterate';
import { nameProblem, normaliseName } from '@/lib/groups/list/field-rules';
import { FORMULAS, type Formula } from '@/lib/matura/subjects';

export type StudentColumn = 'lastName' | 'firstName' | 'className' | 'formula' | 'vocationalExemption';
export const STUDENT_COLUMNS: StudentColumn[] = [
  'lastName',
  'firstName',
  'className',
  'formula',
  'vocationalExemption',
];

export type StudentCells = Partial<Record<StudentColumn, string>>;
export type StudentValues = {
  firstName: string;
  lastName: string;
  className: string;
  formula: Formula;
  vocationalExemption: boolean;
};
export type StudentRowCheck =
  { ok: true; value: StudentValues } | { ok: false; errors: Partial<Record<StudentColumn, string>> };

const CLASS = /^[\p{L}\p{N}][\p{L}\p{N} ]{0,9}$/u;

/** "4 a", "4A" and "4a" are one class: spaces collapsed, letters as typed but compared lower case. */
export const normaliseClass = (value: string) => value.replace(/\s+/g, ' ').trim();

/** A student's identity on the list: the same first name, last name and class is the same person. */
export const studentKey = (s: { firstName: string; lastName: string; className: string }) =>
  [s.lastName, s.firstName, s.className.replace(/ /g, '')].map((v) => transliterate(v).toLowerCase()).join('|');

export function checkStudentRow(cells: StudentCells): StudentRowCheck {
  const t = messages().plannerStudents;
  const errors: Partial<Record<StudentColumn, string>> = {};
  const firstName = normaliseName(cells.firstName ?? '');
  const lastName = normaliseName(cells.lastName ?? '');
  const className = normaliseClass(cells.className ?? '');
  // The participant lists' rule and wording (generic: "Brak imienia.", "Nazwisko nie może zawierać cyfr.").
  const name = (value: string, column: 'firstName' | 'lastName') => {
    const problem = nameProblem(value, column);
    if (problem) errors[column] = problem;
  };
  name(firstName, 'firstName');
  name(lastName, 'lastName');
  if (!className) errors.className = t.rows.classMissing;
  else if (!CLASS.test(className)) errors.className = t.rows.classInvalid;
  const formulaText = (cells.formula ?? '').trim();
  const formula = formulaText === '' ? '2023' : FORMULAS.find((f) => f === formulaText.replace(/^formu\S*\s*/i, ''));
  if (!formula) errors.formula = t.rows.formulaInvalid(formulaText);
  const exemption = yesNo(cells.vocationalExemption ?? '');
  if (exemption === null)
    errors.vocationalExemption = t.rows.exemptionInvalid((cells.vocationalExemption ?? '').trim());
  if (Object.keys(errors).length > 0 || !formula || exemption === null) return { ok: false, errors };
  return { ok: true, value: { firstName, lastName, className, formula, vocationalExemption: exemption } };
}

function yesNo(value: string): boolean | null {
  const v = transliterate(value.trim()).toLowerCase();
  const t = messages().plannerStudents;
  if ((t.yes as readonly string[]).includes(v)) return true;
  if ((t.no as readonly string[]).includes(v)) return false;
  return null;
}
