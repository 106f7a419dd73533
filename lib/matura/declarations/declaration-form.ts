// The declaration form's fields ⇄ the list of exams the rules check (lib/matura/rules/declaration):
// the obligatory exams are always there (the form only asks which foreign language), additional
// written subjects and orals are numbered rows; each rule error is put back beside its row.
import { MATHEMATICS, POLISH, type OralLevel, type WrittenLevel } from '@/lib/matura/subjects';
import type { DeclaredExam, DeclarationError } from '@/lib/matura/rules/declaration';

export type DeclarationFields = Record<string, string | undefined>;
/** Rows the form shows; more than the six allowed so a seventh can be typed and refused by name. */
export const MAX_FORM_ROWS = 10;

export type FormExams = { exams: DeclaredExam[]; fieldOf: (errorField: string) => string };

export function examsFromForm(fields: DeclarationFields): FormExams {
  const exams: DeclaredExam[] = [];
  const rowField: string[] = [];
  const push = (exam: DeclaredExam, field: string) => {
    exams.push(exam);
    rowField.push(field);
  };
  const foreign = (fields.foreign ?? '').trim();
  push({ subject: POLISH, part: 'written', level: 'basic' }, 'obligatory');
  push({ subject: MATHEMATICS, part: 'written', level: 'basic' }, 'obligatory');
  if (foreign) push({ subject: foreign, part: 'written', level: 'basic' }, 'foreign');
  push({ subject: POLISH, part: 'oral', level: 'none' }, 'obligatory');
  if (foreign) push({ subject: foreign, part: 'oral', level: 'none' }, 'foreign');
  for (let i = 0; i < MAX_FORM_ROWS; i++) {
    const subject = (fields[`add.${i}.subject`] ?? '').trim();
    if (!subject) continue;
    const environment: Record<string, string> = {};
    for (const [k, v] of Object.entries(fields)) {
      const m = new RegExp(`^add\\.${i}\\.env\\.(\\w+)$`).exec(k);
      if (m && v) environment[m[1]] = v;
    }
    const level = (fields[`add.${i}.level`] || 'extended') as WrittenLevel;
    push({ subject, part: 'written', level, ...(Object.keys(environment).length ? { environment } : {}) }, `add.${i}`);
  }
  for (let i = 0; i < MAX_FORM_ROWS; i++) {
    const subject = (fields[`oral.${i}.subject`] ?? '').trim();
    if (!subject) continue;
    push({ subject, part: 'oral', level: (fields[`oral.${i}.level`] || 'none') as OralLevel }, `oral.${i}`);
  }
  const fieldOf = (errorField: string): string => {
    if (errorField.startsWith('obligatory.') && errorField.endsWith('.foreignLanguage')) return 'foreign';
    if (errorField.startsWith('obligatory.')) return 'obligatory';
    if (errorField === 'additional') return 'additional';
    const m = /^exams\.(\d+)(?:\.environment\.(\w+))?$/.exec(errorField);
    if (!m) return '_form';
    const row = rowField[Number(m[1])] ?? '_form';
    if (m[2]) return `${row}.env.${m[2]}`;
    return row.startsWith('add.') || row.startsWith('oral.') ? `${row}.subject` : row;
  };
  return { exams, fieldOf };
}

/** A stored declaration as the form's initial values. */
export function formFromExams(exams: readonly DeclaredExam[]): DeclarationFields {
  const out: DeclarationFields = {};
  const foreign = exams.find(
    (e) => e.part === 'written' && e.level === 'basic' && e.subject !== POLISH && e.subject !== MATHEMATICS,
  );
  if (foreign) out.foreign = foreign.subject;
  const obligatory = (e: DeclaredExam) =>
    (e.part === 'written' && e.level === 'basic') ||
    (e.part === 'oral' && e.level === 'none' && (e.subject === POLISH || e.subject === foreign?.subject));
  let a = 0;
  let o = 0;
  for (const e of exams) {
    if (obligatory(e)) continue;
    if (e.part === 'written') {
      out[`add.${a}.subject`] = e.subject;
      out[`add.${a}.level`] = e.level;
      for (const [k, v] of Object.entries(e.environment ?? {})) out[`add.${a}.env.${k}`] = v;
      a++;
    } else {
      out[`oral.${o}.subject`] = e.subject;
      out[`oral.${o}.level`] = e.level;
      o++;
    }
  }
  return out;
}

/** The rule errors as the form's field errors, the texts joined per field. */
export function formErrors(
  errors: readonly DeclarationError[],
  fieldOf: (f: string) => string,
  say: (e: DeclarationError) => string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const f = fieldOf(e.field);
    out[f] = out[f] ? `${out[f]} ${say(e)}` : say(e);
  }
  return out;
}
