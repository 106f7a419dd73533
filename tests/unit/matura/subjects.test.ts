import { describe, expect, it } from 'vitest';
import { SUBJECT_LISTS, SUBJECTS_2026, SUBJECTS_2027 } from '@/lib/matura/data/subjects';
import { parseSubjectList, subjectOf, type SubjectList } from '@/lib/matura/subjects';
import { messages } from '@/lib/i18n';

describe('the exam years’ subject lists (M9–M12: data, stored as JSON)', () => {
  it.each([[SUBJECTS_2026], [SUBJECTS_2027]])('the %# list survives a JSON round trip and its own check', (list) => {
    const stored = JSON.parse(JSON.stringify(list));
    expect(parseSubjectList(stored)).toEqual(list);
  });

  it('has a list for 2026 and 2027', () => {
    expect(Object.keys(SUBJECT_LISTS)).toEqual(['2026', '2027']);
    expect(SUBJECT_LISTS[2027].examYear).toBe(2027);
  });

  it('names every built-in subject and environment option in the catalogue', () => {
    const m = messages().matura;
    for (const s of SUBJECTS_2027.subjects) {
      expect(m.subjects[s.code as keyof typeof m.subjects], s.code).toBeTruthy();
      for (const c of s.environment ?? []) {
        expect(m.environment[c.key as 'operatingSystem']).toBeTruthy();
        for (const o of c.options) expect(m.environment.options[o.code as 'linux'], o.code).toBeTruthy();
      }
    }
  });

  it.each([
    // subject, formula, written levels, oral levels — M9, M10, M11
    ['polish', '2023', ['basic', 'extended'], ['none']],
    ['mathematics', '2023', ['basic', 'extended'], []],
    ['english', '2023', ['basic', 'extended', 'bilingual'], ['none', 'bilingual']],
    ['ukrainian', '2023', ['basic', 'extended'], ['none']],
    ['informatyka', '2015', ['extended'], []],
    ['kashubian', '2023', ['basic', 'extended'], ['none']],
  ] as const)('%s in Formuła %s: written %j, oral %j', (code, formula, written, oral) => {
    const s = subjectOf(SUBJECTS_2027, code, formula);
    expect(s?.written).toEqual(written);
    expect(s?.oral).toEqual(oral);
  });

  it('M11: Ukrainian as a foreign language is Formuła 2023 only', () => {
    expect(subjectOf(SUBJECTS_2027, 'ukrainian', '2015')).toBeNull();
  });

  it('M12: informatyka asks for the system, the office suite and the programming language', () => {
    const env = subjectOf(SUBJECTS_2027, 'informatyka', '2023')?.environment ?? [];
    expect(env.map((c) => c.key)).toEqual(['operatingSystem', 'officeSuite', 'programmingLanguage']);
    expect(env[2].options.map((o) => o.code)).toEqual(['cpp', 'java', 'python']);
  });

  const broken = (change: (l: SubjectList) => void) => {
    const l = structuredClone(SUBJECTS_2027);
    change(l);
    return l;
  };
  it.each([
    ['a subject listed twice', (l: SubjectList) => l.subjects.push({ ...l.subjects[0] })],
    ['no basic Polish', (l: SubjectList) => (l.subjects[0].written = ['extended'])],
    ['no foreign language', (l: SubjectList) => (l.subjects = l.subjects.filter((s) => s.kind !== 'modernForeign'))],
    ['an unknown level', (l: SubjectList) => ((l.subjects[0].written as string[]) = ['advanced'])],
    [
      'an empty environment choice',
      (l: SubjectList) => l.subjects.find((s) => s.environment)!.environment![0].options.splice(0),
    ],
  ])('refuses a stored list with %s', (_name, change) => {
    expect(() => parseSubjectList(broken(change))).toThrow();
  });

  it('takes a subject staff add with its own name', () => {
    const l = broken((x) =>
      x.subjects.push({
        code: 'danceKnowledge',
        name: 'wiedza o tańcu',
        kind: 'additional',
        formulas: ['2015'],
        written: ['extended'],
        oral: [],
      }),
    );
    expect(subjectOf(parseSubjectList(l), 'danceKnowledge', '2015')?.name).toBe('wiedza o tańcu');
  });
});
