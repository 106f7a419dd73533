// One student's matura declaration checked against the exam year's subject list (M1–M12, M16):
// every problem at once, each with the field it belongs to, as catalogue codes — the planner shows
// them per student and per row, the import names them by row, nothing is refused silently.
import type { MessageCode } from '@/lib/i18n';
import {
  MATHEMATICS,
  POLISH,
  subjectOf,
  type Formula,
  type OralLevel,
  type SubjectList,
  type SubjectOffer,
  type WrittenLevel,
} from '@/lib/matura/subjects';

export type DeclaredExam =
  | { subject: string; part: 'written'; level: WrittenLevel; environment?: Record<string, string> }
  | { subject: string; part: 'oral'; level: OralLevel };

export type DeclarationInput = {
  formula: Formula;
  /** M7: a technikum graduate with a vocational diploma needs no additional subject. */
  vocationalExemption: boolean;
  /** M3: the minority, ethnic or regional language of the student's school or class, if any. */
  ownLanguage?: string | null;
  exams: DeclaredExam[];
};

export type DeclarationError = {
  /** `obligatory.written.polish`, `additional`, `exams.2`, `exams.2.environment.programmingLanguage` … */
  field: string;
  code: MessageCode;
};

/**
 * The rules of each formula. Formuła 2015 keeps the same counts (rp.pl 2025-04: obligatory orals and
 * written exams, one extended subject, the vocational exemption); it differs in its subject list (data).
 */
export const FORMULA_RULES: Readonly<Record<Formula, { minAdditional: number; maxAdditional: number }>> = {
  // M5: at least one additional subject, extended (languages: extended or bilingual);
  // M6: and no more than five further ones — six in all.
  '2023': { minAdditional: 1, maxAdditional: 6 },
  '2015': { minAdditional: 1, maxAdditional: 6 },
};

const isAdditionalLevel = (level: string) => level === 'extended' || level === 'bilingual';

/** Every problem of the declaration, in the order of the form: obligatory part, then each exam. */
export function declarationErrors(list: SubjectList, input: DeclarationInput): DeclarationError[] {
  const errors: DeclarationError[] = [];
  const add = (field: string, code: MessageCode) => errors.push({ field, code });
  const offers = input.exams.map((e) => subjectOf(list, e.subject, input.formula));
  const known = (i: number): SubjectOffer | null => offers[i];
  const written = input.exams.map((e, i) => ({ e, i })).filter(({ e }) => e.part === 'written');
  const oral = input.exams.map((e, i) => ({ e, i })).filter(({ e }) => e.part === 'oral');
  const basicOf = (code: string) => written.find(({ e }) => e.subject === code && e.level === 'basic');
  const oralNone = (code: string) => oral.find(({ e }) => e.subject === code && e.level === 'none');

  // M1: Polish, mathematics and one modern foreign language, written at basic level.
  if (!basicOf(POLISH)) add('obligatory.written.polish', 'matura.declaration.missingWrittenPolish');
  if (!basicOf(MATHEMATICS)) add('obligatory.written.mathematics', 'matura.declaration.missingWrittenMathematics');
  const foreignBasic = written.filter(({ e, i }) => e.level === 'basic' && known(i)?.kind === 'modernForeign');
  const foreign = foreignBasic[0]?.e.subject ?? null;
  if (!foreign) add('obligatory.written.foreignLanguage', 'matura.declaration.missingWrittenForeign');

  // M2: Polish and the foreign language, oral, no level; M4: the same language as the written one.
  if (!oralNone(POLISH)) add('obligatory.oral.polish', 'matura.declaration.missingOralPolish');
  if (foreign && !oralNone(foreign)) {
    const otherForeignOral = oral.some(({ e, i }) => e.level === 'none' && known(i)?.kind === 'modernForeign');
    add(
      'obligatory.oral.foreignLanguage',
      otherForeignOral ? 'matura.declaration.foreignLanguageMismatch' : 'matura.declaration.missingOralForeign',
    );
  } else if (!foreign && !oral.some(({ e, i }) => e.level === 'none' && known(i)?.kind === 'modernForeign')) {
    add('obligatory.oral.foreignLanguage', 'matura.declaration.missingOralForeign');
  }

  // M3: the school's minority, ethnic or regional language, written basic and oral.
  const own = input.ownLanguage ?? null;
  if (own && !basicOf(own)) add(`obligatory.written.${own}`, 'matura.declaration.missingWrittenOwnLanguage');
  if (own && !oralNone(own)) add(`obligatory.oral.${own}`, 'matura.declaration.missingOralOwnLanguage');

  // M5, M6, M7: one to six additional written subjects (none needed with the vocational exemption).
  const rules = FORMULA_RULES[input.formula];
  const additional = written.filter(({ e }) => isAdditionalLevel(e.level));
  const subjects = new Set(additional.map(({ e }) => e.subject));
  const min = input.vocationalExemption ? 0 : rules.minAdditional;
  if (subjects.size < min) add('additional', 'matura.declaration.noAdditional');
  if (subjects.size > rules.maxAdditional) {
    add('additional', { code: 'matura.declaration.tooManyAdditional', params: [subjects.size, rules.maxAdditional] });
  }

  const seen = new Set<string>();
  input.exams.forEach((exam, i) => {
    const field = `exams.${i}`;
    const offer = known(i);
    if (!offer) {
      const inList = list.subjects.some((s) => s.code === exam.subject);
      add(field, inList ? 'matura.declaration.notInFormula' : 'matura.declaration.unknownSubject');
      return;
    }
    // "No two with the same subject": an additional subject once (extended or bilingual, not both),
    // an obligatory exam once, an oral exam once per level.
    const slot =
      exam.part === 'written'
        ? `w:${exam.subject}:${isAdditionalLevel(exam.level) ? 'additional' : exam.level}`
        : `o:${exam.subject}:${exam.level}`;
    if (seen.has(slot)) {
      add(field, 'matura.declaration.duplicate'); // the row to delete: nothing more to say about it
      return;
    }
    seen.add(slot);

    const offered: readonly string[] = exam.part === 'written' ? offer.written : offer.oral;
    if (!offered.includes(exam.level)) {
      if (offered.length === 0) {
        add(field, exam.part === 'written' ? 'matura.declaration.noWrittenExam' : 'matura.declaration.noOralExam');
      } else {
        add(
          field,
          exam.level === 'bilingual' ? 'matura.declaration.bilingualNotOffered' : 'matura.declaration.levelNotOffered',
        );
      }
      return;
    }
    if (exam.part === 'written' && exam.level === 'basic') {
      // Basic level is for obligatory subjects only (M1, M3); additional ones are extended (M5).
      const obligatory =
        exam.subject === POLISH || exam.subject === MATHEMATICS || exam.subject === own || exam.subject === foreign;
      if (!obligatory || (offer.kind === 'modernForeign' && foreignBasic[0]?.i !== i)) {
        add(field, 'matura.declaration.basicOnlyObligatory');
      }
    }
    if (exam.part === 'written') {
      // M12: informatyka names its environment, one allowed option for each choice.
      for (const choice of offer.environment ?? []) {
        const value = exam.environment?.[choice.key];
        const f = `${field}.environment.${choice.key}`;
        if (!value) add(f, 'matura.declaration.environmentMissing');
        else if (!choice.options.some((o) => o.code === value)) add(f, 'matura.declaration.environmentInvalid');
      }
    }
  });
  return errors;
}

/** The errors grouped by field, for a form that shows each beside its row. */
export function errorsByField(errors: readonly DeclarationError[]): Record<string, MessageCode[]> {
  const out: Record<string, MessageCode[]> = {};
  for (const e of errors) (out[e.field] ??= []).push(e.code);
  return out;
}
