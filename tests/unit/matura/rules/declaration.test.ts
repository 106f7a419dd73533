import { describe, expect, it } from 'vitest';
import { SUBJECTS_2027 } from '@/lib/matura/data/subjects';
import {
  declarationErrors,
  errorsByField,
  type DeclarationInput,
  type DeclaredExam,
} from '@/lib/matura/rules/declaration';
import { text } from '@/lib/i18n';

const INF = { operatingSystem: 'linux', officeSuite: 'libreOffice', programmingLanguage: 'python' };
const OBLIGATORY: DeclaredExam[] = [
  { subject: 'polish', part: 'written', level: 'basic' },
  { subject: 'mathematics', part: 'written', level: 'basic' },
  { subject: 'english', part: 'written', level: 'basic' },
  { subject: 'polish', part: 'oral', level: 'none' },
  { subject: 'english', part: 'oral', level: 'none' },
];
const ext = (subject: string): DeclaredExam => ({ subject, part: 'written', level: 'extended' });
const without = (subject: string, part: 'written' | 'oral') =>
  OBLIGATORY.filter((e) => !(e.subject === subject && e.part === part));

const input = (exams: DeclaredExam[], extra: Partial<DeclarationInput> = {}): DeclarationInput => ({
  formula: '2023',
  vocationalExemption: false,
  exams,
  ...extra,
});
const check = (exams: DeclaredExam[], extra: Partial<DeclarationInput> = {}) =>
  declarationErrors(SUBJECTS_2027, input(exams, extra)).map((e) => [e.field, e.code]);

describe('declarationErrors (M1–M12, Formuła 2023 and 2015)', () => {
  it.each([
    ['one extended subject', [...OBLIGATORY, ext('mathematics')], {}],
    [
      'six extended subjects (M6)',
      [...OBLIGATORY, ...['mathematics', 'physics', 'chemistry', 'biology', 'geography', 'english'].map(ext)],
      {},
    ],
    [
      'bilingual English (M5)',
      [...OBLIGATORY, { subject: 'english', part: 'written', level: 'bilingual' } as const],
      {},
    ],
    ['informatyka with its environment (M12)', [...OBLIGATORY, { ...ext('informatyka'), environment: INF }], {}],
    ['no extended subject with the vocational exemption (M7)', OBLIGATORY, { vocationalExemption: true }],
    ['Formuła 2015 with one extended subject (M16)', [...OBLIGATORY, ext('history')], { formula: '2015' as const }],
    [
      'an additional oral exam in another language (M10)',
      [...OBLIGATORY, ext('physics'), { subject: 'german', part: 'oral', level: 'none' } as const],
      {},
    ],
    [
      'bilingual oral English besides the obligatory one (M10)',
      [...OBLIGATORY, ext('physics'), { subject: 'english', part: 'oral', level: 'bilingual' } as const],
      {},
    ],
    [
      'Ukrainian as the obligatory foreign language (M11)',
      [
        ...without('english', 'written').filter((e) => e.subject !== 'english'),
        { subject: 'ukrainian', part: 'written', level: 'basic' } as const,
        { subject: 'ukrainian', part: 'oral', level: 'none' } as const,
        ext('biology'),
      ],
      {},
    ],
    [
      'Kashubian in a Kashubian school (M3)',
      [
        ...OBLIGATORY,
        ext('biology'),
        { subject: 'kashubian', part: 'written', level: 'basic' } as const,
        { subject: 'kashubian', part: 'oral', level: 'none' } as const,
      ],
      { ownLanguage: 'kashubian' },
    ],
  ] as const)('accepts %s', (_name, exams, extra) => {
    expect(check([...exams], extra)).toEqual([]);
  });

  it.each([
    [
      'M1: written Polish',
      without('polish', 'written'),
      [['obligatory.written.polish', 'matura.declaration.missingWrittenPolish']],
    ],
    [
      'M1: written mathematics',
      without('mathematics', 'written'),
      [['obligatory.written.mathematics', 'matura.declaration.missingWrittenMathematics']],
    ],
    [
      'M1, M2: the foreign language, written and oral',
      OBLIGATORY.filter((e) => e.subject !== 'english'),
      [
        ['obligatory.written.foreignLanguage', 'matura.declaration.missingWrittenForeign'],
        ['obligatory.oral.foreignLanguage', 'matura.declaration.missingOralForeign'],
      ],
    ],
    [
      'M2: oral Polish',
      without('polish', 'oral'),
      [['obligatory.oral.polish', 'matura.declaration.missingOralPolish']],
    ],
    [
      'M2: the oral foreign language',
      without('english', 'oral'),
      [['obligatory.oral.foreignLanguage', 'matura.declaration.missingOralForeign']],
    ],
  ])('names a missing obligatory exam — %s', (_name, exams, expected) => {
    expect(check([...exams, ext('physics')])).toEqual(expected);
  });

  it('M4: the oral foreign language is the written one', () => {
    const exams = [
      ...without('english', 'oral'),
      { subject: 'german', part: 'oral', level: 'none' } as const,
      ext('physics'),
    ];
    expect(check(exams)).toEqual([['obligatory.oral.foreignLanguage', 'matura.declaration.foreignLanguageMismatch']]);
  });

  it('M3: a minority school’s language is obligatory, written and oral', () => {
    expect(check([...OBLIGATORY, ext('physics')], { ownLanguage: 'lithuanian' })).toEqual([
      ['obligatory.written.lithuanian', 'matura.declaration.missingWrittenOwnLanguage'],
      ['obligatory.oral.lithuanian', 'matura.declaration.missingOralOwnLanguage'],
    ]);
  });

  it.each([
    ['Formuła 2023', '2023'],
    ['Formuła 2015', '2015'],
  ] as const)('M5: no extended subject is refused in %s', (_name, formula) => {
    expect(check(OBLIGATORY, { formula })).toEqual([['additional', 'matura.declaration.noAdditional']]);
  });

  it('M6: seven extended subjects are refused, with the count', () => {
    const seven = ['mathematics', 'physics', 'chemistry', 'biology', 'geography', 'history', 'civics'].map(ext);
    expect(check([...OBLIGATORY, ...seven])).toEqual([
      ['additional', { code: 'matura.declaration.tooManyAdditional', params: [7, 6] }],
    ]);
    expect(text({ code: 'matura.declaration.tooManyAdditional', params: [7, 6] })).toBe(
      'Wybrano 7 przedmiotów dodatkowych, a można najwyżej 6.',
    );
  });

  it.each([
    ['the same subject twice', [ext('physics'), ext('physics')], [['exams.6', 'matura.declaration.duplicate']]],
    [
      'extended and bilingual of one language',
      [ext('english'), { subject: 'english', part: 'written', level: 'bilingual' }],
      [['exams.6', 'matura.declaration.duplicate']],
    ],
    [
      'the obligatory foreign language twice (one error, not also "basic is for obligatory ones")',
      [ext('physics'), { subject: 'english', part: 'written', level: 'basic' }],
      [['exams.6', 'matura.declaration.duplicate']],
    ],
    [
      'the obligatory oral twice',
      [ext('physics'), { subject: 'polish', part: 'oral', level: 'none' }],
      [['exams.6', 'matura.declaration.duplicate']],
    ],
  ] as const)('refuses %s on the later row', (_name, extra, expected) => {
    expect(check([...OBLIGATORY, ...extra])).toEqual(expected);
  });

  it.each([
    [
      'bilingual where not offered',
      { subject: 'ukrainian', part: 'written', level: 'bilingual' },
      'matura.declaration.bilingualNotOffered',
    ],
    [
      'bilingual physics',
      { subject: 'physics', part: 'written', level: 'bilingual' },
      'matura.declaration.bilingualNotOffered',
    ],
    [
      'basic physics (additional subjects are extended)',
      { subject: 'physics', part: 'written', level: 'basic' },
      'matura.declaration.levelNotOffered',
    ],
    [
      'a second foreign language at basic level',
      { subject: 'german', part: 'written', level: 'basic' },
      'matura.declaration.basicOnlyObligatory',
    ],
    [
      'an oral exam in mathematics',
      { subject: 'mathematics', part: 'oral', level: 'none' },
      'matura.declaration.noOralExam',
    ],
    [
      'bilingual oral Ukrainian',
      { subject: 'ukrainian', part: 'oral', level: 'bilingual' },
      'matura.declaration.bilingualNotOffered',
    ],
    [
      'a subject not on the year’s list',
      { subject: 'astronomy', part: 'written', level: 'extended' },
      'matura.declaration.unknownSubject',
    ],
  ] as const)('refuses %s on its row', (_name, exam, code) => {
    expect(check([...OBLIGATORY, ext('biology'), exam])).toEqual([['exams.6', code]]);
  });

  it('M16: a Formuła 2023 subject missing from Formuła 2015 is refused for a 2015 student', () => {
    expect(check([...OBLIGATORY, ext('biology'), ext('ukrainian')], { formula: '2015' })).toEqual([
      ['exams.6', 'matura.declaration.notInFormula'],
    ]);
  });

  it.each([
    [
      'no environment at all',
      undefined,
      [
        ['exams.5.environment.operatingSystem', 'matura.declaration.environmentMissing'],
        ['exams.5.environment.officeSuite', 'matura.declaration.environmentMissing'],
        ['exams.5.environment.programmingLanguage', 'matura.declaration.environmentMissing'],
      ],
    ],
    [
      'a language not on CKE’s list',
      { ...INF, programmingLanguage: 'pascal' },
      [['exams.5.environment.programmingLanguage', 'matura.declaration.environmentInvalid']],
    ],
    [
      'the suite left out',
      { operatingSystem: 'windows', programmingLanguage: 'cpp' },
      [['exams.5.environment.officeSuite', 'matura.declaration.environmentMissing']],
    ],
  ])('M12: informatyka with %s', (_name, environment, expected) => {
    expect(check([...OBLIGATORY, { ...ext('informatyka'), environment } as DeclaredExam])).toEqual(expected);
  });

  it('returns every error of a bad declaration at once, grouped by field for the page', () => {
    const exams: DeclaredExam[] = [
      { subject: 'polish', part: 'written', level: 'basic' },
      ext('informatyka'),
      ext('informatyka'),
    ];
    const errors = declarationErrors(SUBJECTS_2027, input(exams));
    const byField = errorsByField(errors);
    expect(Object.keys(byField)).toEqual([
      'obligatory.written.mathematics',
      'obligatory.written.foreignLanguage',
      'obligatory.oral.polish',
      'obligatory.oral.foreignLanguage',
      'exams.1.environment.operatingSystem',
      'exams.1.environment.officeSuite',
      'exams.1.environment.programmingLanguage',
      'exams.2', // the repeated row: only "already in the declaration"
    ]);
    for (const e of errors) expect(text(e.code)).not.toMatch(/^matura\./);
  });
});
