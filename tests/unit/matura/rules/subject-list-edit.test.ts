// Staff's edit of a year's subject list, the pure part: bad JSON named by line and column, schema
// and year errors, the declared subjects a list would drop, and the table people read.
import { describe, expect, it } from 'vitest';
import { text } from '@/lib/i18n';
import { SUBJECT_LISTS } from '@/lib/matura/data/subjects';
import {
  droppedSubjects,
  jsonErrorAt,
  lineColumn,
  readSubjectList,
  subjectListText,
  subjectTable,
} from '@/lib/matura/rules/subject-list-edit';

const list2027 = SUBJECT_LISTS[2027];

describe('reading the typed list', () => {
  it('names the line and column where the JSON breaks', () => {
    const typed = '{\n  "examYear": 2027,\n  source: "x"\n}';
    const r = readSubjectList(typed, 2027);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(text(r.error)).toBe('To nie jest poprawny JSON: błąd w wierszu 3, kolumnie 3.');
  });

  it('reads both forms of JSON.parse messages', () => {
    expect(jsonErrorAt('ab\ncd', 'Unexpected token at position 4')).toEqual({ line: 2, column: 2 });
    expect(jsonErrorAt('', 'Bad thing in JSON at position 9 (line 3 column 5)')).toEqual({ line: 3, column: 5 });
    expect(jsonErrorAt('', 'Unexpected end of JSON input')).toBeNull();
    expect(lineColumn('abc', 0)).toEqual({ line: 1, column: 1 });
  });

  it('says so without a position when the text just ends', () => {
    const r = readSubjectList('{"examYear": 2027', 2027);
    expect(!r.ok && text(r.error)).toMatch(/^To nie jest poprawny JSON/);
  });

  it('refuses a list the schema refuses, naming where', () => {
    const bad = { ...list2027, subjects: list2027.subjects.map((s, i) => (i === 2 ? { ...s, kind: 'odd' } : s)) };
    const r = readSubjectList(JSON.stringify(bad), 2027);
    expect(!r.ok && text(r.error)).toContain('subjects[2].kind');
  });

  it("refuses a list of another year, and reads the year's own", () => {
    const r = readSubjectList(subjectListText(list2027), 2026);
    expect(!r.ok && text(r.error)).toBe('Pole „examYear” ma wartość 2027, a zapisujesz listę matury 2026.');
    expect(readSubjectList(subjectListText(list2027), 2027)).toEqual({ ok: true, list: list2027 });
  });
});

describe('declared subjects a list drops', () => {
  it('are the declared codes missing from the list', () => {
    const declared = [
      { subject: 'polish', count: 3 },
      { subject: 'latin', count: 2 },
      { subject: 'astronomy', count: 1 },
    ];
    const without = { ...list2027, subjects: list2027.subjects.filter((s) => s.code !== 'latin') };
    expect(droppedSubjects(without, declared)).toEqual([
      { subject: 'astronomy', count: 1 },
      { subject: 'latin', count: 2 },
    ]);
    expect(droppedSubjects(list2027, declared.slice(0, 2))).toEqual([]);
  });
});

describe('the table', () => {
  const names = {
    subject: (c: string) => `S:${c}`,
    kind: (k: string) => `K:${k}`,
    formula: (f: string) => `F${f}`,
    written: (l: string) => `W:${l}`,
    oral: (l: string) => `O:${l}`,
    choice: (k: string) => `C:${k}`,
    option: (o: string) => `o:${o}`,
    none: '—',
  };

  it('has a row per subject with its levels and choices in words', () => {
    const rows = subjectTable(list2027, names);
    expect(rows).toHaveLength(list2027.subjects.length);
    expect(rows.find((r) => r.code === 'mathematics')).toMatchObject({
      name: 'S:mathematics',
      kind: 'K:core',
      formulas: 'F2023, F2015',
      written: 'W:basic, W:extended',
      oral: '—',
      environment: '—',
    });
    expect(rows.find((r) => r.code === 'informatyka')?.environment).toContain(
      'C:programmingLanguage: o:cpp, o:java, o:python',
    );
  });

  it("uses a staff-added subject's own name", () => {
    const added = {
      ...list2027,
      subjects: [
        ...list2027.subjects,
        {
          code: 'astronomy',
          name: 'astronomia',
          kind: 'additional' as const,
          formulas: ['2023' as const],
          written: ['extended' as const],
          oral: [],
        },
      ],
    };
    expect(subjectTable(added, names).at(-1)).toMatchObject({ name: 'astronomia', formulas: 'F2023' });
  });
});
