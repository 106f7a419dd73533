// Subjects by class, as regulamin §1.4.9–1.4.11, §4.5, §4.9 and §5.6 list them.
import type { ClassNumber } from '@/lib/families/rules/class-table';
import { messages } from '@/lib/i18n';

export const SUBJECT_NAMES = messages().families.subjects;

export type SubjectCode = keyof typeof SUBJECT_NAMES;

type ByClass = Record<ClassNumber, readonly SubjectCode[]>;

/**
 * Mini's own subjects (§1.4.9: early-school education, Polish, history, civics, nature; the
 * number depends on the class). The source does not say which class gets which, so this
 * follows the Polish curriculum: zerówka its preschool year; 1–3 integrated early-school
 * education; nature only in class 4; civics only in class 8. Geography (classes 5–8) is in
 * Mini because §4.9.2 lets Mini take the geography exam while §5.6 never sells geography
 * as an extra — it is the successor of "przyroda" there.
 */
const MINI: ByClass = {
  0: ['PRZYGOTOWANIE_PRZEDSZKOLNE'],
  1: ['EDUKACJA_WCZESNOSZKOLNA'],
  2: ['EDUKACJA_WCZESNOSZKOLNA'],
  3: ['EDUKACJA_WCZESNOSZKOLNA'],
  4: ['JEZYK_POLSKI', 'HISTORIA', 'PRZYRODA'],
  5: ['JEZYK_POLSKI', 'HISTORIA', 'GEOGRAFIA'],
  6: ['JEZYK_POLSKI', 'HISTORIA', 'GEOGRAFIA'],
  7: ['JEZYK_POLSKI', 'HISTORIA', 'GEOGRAFIA'],
  8: ['JEZYK_POLSKI', 'HISTORIA', 'GEOGRAFIA', 'WOS'],
};

/** §5.6 verbatim: sciences and foreign languages a Mini family may buy (200 PLN each). */
const MINI_EXTRAS: ByClass = {
  0: [],
  1: ['JEZYK_ANGIELSKI'],
  2: ['JEZYK_ANGIELSKI'],
  3: ['JEZYK_ANGIELSKI'],
  4: ['MATEMATYKA', 'ZAJECIA_KOMPUTEROWE', 'JEZYK_ANGIELSKI'],
  5: ['MATEMATYKA', 'INFORMATYKA', 'BIOLOGIA', 'JEZYK_ANGIELSKI'],
  6: ['MATEMATYKA', 'INFORMATYKA', 'BIOLOGIA', 'JEZYK_ANGIELSKI'],
  7: [
    'MATEMATYKA',
    'INFORMATYKA',
    'BIOLOGIA',
    'CHEMIA',
    'FIZYKA',
    'JEZYK_ANGIELSKI',
    'JEZYK_FRANCUSKI',
    'JEZYK_HISZPANSKI',
    'JEZYK_NIEMIECKI',
    'JEZYK_WLOSKI',
  ],
  8: [
    'MATEMATYKA',
    'INFORMATYKA',
    'BIOLOGIA',
    'CHEMIA',
    'FIZYKA',
    'EDB',
    'JEZYK_ANGIELSKI',
    'JEZYK_FRANCUSKI',
    'JEZYK_HISZPANSKI',
    'JEZYK_NIEMIECKI',
    'JEZYK_WLOSKI',
  ],
};

/** §4.9.1: exams in the basic subjects (free with Standard/Premium, 100 PLN each with Mini). */
const BASIC_EXAMS: ByClass = {
  0: [],
  1: ['EDUKACJA_WCZESNOSZKOLNA'],
  2: ['EDUKACJA_WCZESNOSZKOLNA'],
  3: ['EDUKACJA_WCZESNOSZKOLNA'],
  4: ['JEZYK_POLSKI', 'PRZYRODA', 'HISTORIA'],
  5: ['JEZYK_POLSKI', 'GEOGRAFIA', 'HISTORIA'],
  6: ['JEZYK_POLSKI', 'GEOGRAFIA', 'HISTORIA'],
  7: ['JEZYK_POLSKI', 'GEOGRAFIA', 'HISTORIA'],
  8: ['JEZYK_POLSKI', 'HISTORIA', 'GEOGRAFIA', 'WOS'],
};

/** §4.9.3: further exams, 100 PLN each whatever the package (Mini, Standard, Premium). */
const FURTHER_EXAMS: ByClass = {
  0: [],
  1: ['JEZYK_ANGIELSKI'],
  2: ['JEZYK_ANGIELSKI'],
  3: ['JEZYK_ANGIELSKI'],
  4: ['JEZYK_ANGIELSKI', 'MATEMATYKA', 'INFORMATYKA'],
  5: ['JEZYK_ANGIELSKI', 'MATEMATYKA', 'INFORMATYKA'],
  6: ['JEZYK_ANGIELSKI', 'MATEMATYKA', 'INFORMATYKA'],
  7: ['JEZYK_ANGIELSKI', 'MATEMATYKA', 'INFORMATYKA', 'BIOLOGIA', 'CHEMIA', 'FIZYKA', 'DRUGI_JEZYK_OBCY'],
  8: ['JEZYK_ANGIELSKI', 'MATEMATYKA', 'INFORMATYKA', 'BIOLOGIA', 'CHEMIA', 'FIZYKA', 'DRUGI_JEZYK_OBCY'],
};

export const miniSubjects = (c: ClassNumber): readonly SubjectCode[] => MINI[c];
export const miniExtraSubjects = (c: ClassNumber): readonly SubjectCode[] => MINI_EXTRAS[c];
export const basicExamSubjects = (c: ClassNumber): readonly SubjectCode[] => BASIC_EXAMS[c];
export const furtherExamSubjects = (c: ClassNumber): readonly SubjectCode[] => FURTHER_EXAMS[c];

/** The subject's name in the reader's language (Polish by default, as stored order lines keep it). */
export const subjectName = (code: SubjectCode, locale?: string): string =>
  locale === undefined ? SUBJECT_NAMES[code] : messages(locale).families.subjects[code];

/**
 * The school's order of subjects, used by every list a parent or child sees. §4.5.3 and §1.4.9
 * name them so: early-school education, Polish, history, civics, nature, geography, maths,
 * IT, biology, chemistry, physics, EDB, foreign language. The preschool year comes first, Polish
 * from scratch beside Polish, computer classes beside IT, English before the other languages
 * (alphabetical) and "a second foreign language" last. A Record, so a new subject without a
 * place fails to compile.
 */
const SCHOOL_RANK: Record<SubjectCode, number> = {
  PRZYGOTOWANIE_PRZEDSZKOLNE: 0,
  EDUKACJA_WCZESNOSZKOLNA: 1,
  JEZYK_POLSKI_OD_PODSTAW: 2,
  JEZYK_POLSKI: 3,
  HISTORIA: 4,
  WOS: 5,
  PRZYRODA: 6,
  GEOGRAFIA: 7,
  MATEMATYKA: 8,
  ZAJECIA_KOMPUTEROWE: 9,
  INFORMATYKA: 10,
  BIOLOGIA: 11,
  CHEMIA: 12,
  FIZYKA: 13,
  EDB: 14,
  JEZYK_ANGIELSKI: 15,
  JEZYK_FRANCUSKI: 16,
  JEZYK_HISZPANSKI: 17,
  JEZYK_NIEMIECKI: 18,
  JEZYK_WLOSKI: 19,
  DRUGI_JEZYK_OBCY: 20,
};

export const isSubjectCode = (s: string): s is SubjectCode => Object.hasOwn(SCHOOL_RANK, s);

export const compareSubjects = (a: SubjectCode, b: SubjectCode): number => SCHOOL_RANK[a] - SCHOOL_RANK[b];

/** The subjects once each, in the school's order. */
export function inSchoolOrder(codes: Iterable<SubjectCode>): SubjectCode[] {
  return [...new Set(codes)].sort(compareSubjects);
}
