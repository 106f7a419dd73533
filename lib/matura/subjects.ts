// An exam year's list of matura subjects and levels (M9–M12): data, not code — CKE's list changes
// (Ukrainian became a foreign language in 2025, M11), so staff will edit it per year from the
// database. The type is plain JSON; `subjectListSchema` checks a stored list before it is used.
import { z } from 'zod';
import { messages } from '@/lib/i18n';

// The list's own checks, worded for the staff who edit it (the catalogue's `plannerSubjects.rules`).
const t = () => messages().plannerSubjects.rules;

/** Formuła 2023 (4-year LO, 5-year technikum) or Formuła 2015 for those it still applies to (M16). */
export const FORMULAS = ['2023', '2015'] as const;
export type Formula = (typeof FORMULAS)[number];

/** Written levels: basic, extended, and bilingual for languages taught bilingually (M5, M9). */
export const WRITTEN_LEVELS = ['basic', 'extended', 'bilingual'] as const;
export type WrittenLevel = (typeof WRITTEN_LEVELS)[number];

/** Oral exams have no level, or the bilingual one for languages taught bilingually (M2, M10). */
export const ORAL_LEVELS = ['none', 'bilingual'] as const;
export type OralLevel = (typeof ORAL_LEVELS)[number];

/**
 * What a subject is for the declaration's rules: `modernForeign` can be the obligatory foreign
 * language (M1); minority, ethnic and regional languages are obligatory for students of a school
 * teaching in them (M3); everything else is an additional subject only.
 */
export const SUBJECT_KINDS = ['core', 'modernForeign', 'minority', 'ethnic', 'regional', 'additional'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** The two obligatory subjects every declaration has at basic level (M1), by code. */
export const POLISH = 'polish';
export const MATHEMATICS = 'mathematics';

/** One choice the declaration asks for, e.g. informatyka's programming language (M12). */
export type EnvironmentChoice = {
  key: string;
  /** Only for choices staff add; built-in ones are named in the catalogue (`matura.environment`). */
  name?: string;
  options: { code: string; name?: string }[];
};

export type SubjectOffer = {
  /** Stable code, e.g. 'english'; built-in codes are named in the catalogue (`matura.subjects`). */
  code: string;
  /** Only for subjects staff add to a year; an unknown code without a name is shown as stored. */
  name?: string;
  kind: SubjectKind;
  /** The formulas whose exam has this subject (M16: Formuła 2015 keeps its own list). */
  formulas: Formula[];
  /** Written levels offered; empty when there is no written exam. */
  written: WrittenLevel[];
  /** Oral levels offered; empty when there is no oral exam. */
  oral: OralLevel[];
  /** Choices the declaration must carry, one option each (informatyka, M12). */
  environment?: EnvironmentChoice[];
};

export type SubjectList = {
  examYear: number;
  /** Where the list comes from (CKE's "Informacja" for the year), for staff who update it. */
  source: string;
  subjects: SubjectOffer[];
};

const code = z.string().regex(/^[a-z][a-zA-Z0-9]*$/);

export const subjectListSchema = z
  .object({
    examYear: z.number().int().min(2023).max(2100),
    source: z.string(),
    subjects: z.array(
      z.object({
        code,
        name: z.string().min(1).optional(),
        kind: z.enum(SUBJECT_KINDS),
        formulas: z.array(z.enum(FORMULAS)).min(1),
        written: z.array(z.enum(WRITTEN_LEVELS)),
        oral: z.array(z.enum(ORAL_LEVELS)),
        environment: z
          .array(
            z.object({
              key: code,
              name: z.string().min(1).optional(),
              options: z.array(z.object({ code, name: z.string().min(1).optional() })).min(1),
            }),
          )
          .optional(),
      }),
    ),
  })
  .superRefine((list, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message });
    const codes = list.subjects.map((s) => s.code);
    for (const dup of codes.filter((c, i) => codes.indexOf(c) !== i)) issue(t().duplicate(dup));
    for (const formula of FORMULAS) {
      const of = list.subjects.filter((s) => s.formulas.includes(formula));
      if (!of.some((s) => s.kind === 'modernForeign' && s.written.includes('basic') && s.oral.includes('none')))
        issue(t().noForeign(formula));
      for (const c of [POLISH, MATHEMATICS]) {
        if (!of.some((s) => s.code === c && s.written.includes('basic'))) issue(t().noBasic(formula, c));
      }
    }
  });

/** A list read from storage, checked (a bad one is a bug in the data: an English error). */
export function parseSubjectList(json: unknown): SubjectList {
  return subjectListSchema.parse(json);
}

/** The subject of that code in the list for a formula, or null. */
export function subjectOf(list: SubjectList, subjectCode: string, formula: Formula): SubjectOffer | null {
  return list.subjects.find((s) => s.code === subjectCode && s.formulas.includes(formula)) ?? null;
}
