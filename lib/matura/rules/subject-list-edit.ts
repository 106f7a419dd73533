// Staff's edit of an exam year's subject list (issue 23, M9–M12), the pure part: the text they
// typed read as JSON (an error naming the line and column), checked against the schema and the
// year, the subjects students already declared that a new list would drop, and the list as a
// table people read.
import type { MessageCode } from '@/lib/i18n';
import { subjectListSchema, type SubjectList } from '@/lib/matura/subjects';

export type ReadList = { ok: true; list: SubjectList } | { ok: false; error: MessageCode };

/** Line and column (from 1) of a character offset in the text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/**
 * Where JSON.parse stopped, from its message: newer engines say "(line 3 column 5)", older ones
 * "at position 14"; null when it names neither (e.g. the text ends too early).
 */
export function jsonErrorAt(text: string, message: string): { line: number; column: number } | null {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  return pos ? lineColumn(text, Number(pos[1])) : null;
}

/** A zod issue in words: where in the list (subjects[3].kind) and what is wrong. */
function issueText(issue: { path: PropertyKey[]; message: string }): string {
  const path = issue.path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** The typed text as the list of `examYear`, or the first reason it is not one. */
export function readSubjectList(text: string, examYear: number): ReadList {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const at = jsonErrorAt(text, e instanceof Error ? e.message : '');
    return {
      ok: false,
      error: at
        ? { code: 'plannerSubjects.errors.jsonAt', params: [at.line, at.column] }
        : 'plannerSubjects.errors.json',
    };
  }
  const parsed = subjectListSchema.safeParse(json);
  if (!parsed.success) {
    const details = parsed.error.issues.slice(0, 5).map(issueText).join('; ');
    return { ok: false, error: { code: 'plannerSubjects.errors.schema', params: [details] } };
  }
  if (parsed.data.examYear !== examYear)
    return { ok: false, error: { code: 'plannerSubjects.errors.wrongYear', params: [parsed.data.examYear, examYear] } };
  return { ok: true, list: parsed.data };
}

/** Subjects declared in the year (code → exams declared) that the list no longer has, by code. */
export function droppedSubjects(
  list: SubjectList,
  declared: readonly { subject: string; count: number }[],
): { subject: string; count: number }[] {
  const codes = new Set(list.subjects.map((s) => s.code));
  return declared
    .filter((d) => d.count > 0 && !codes.has(d.subject))
    .sort((a, b) => a.subject.localeCompare(b.subject));
}

export type SubjectRow = {
  code: string;
  name: string;
  kind: string;
  formulas: string;
  written: string;
  oral: string;
  environment: string;
};

/** The names the table uses, passed in so this stays free of the catalogue's accessors. */
export type SubjectTableNames = {
  subject: (code: string) => string;
  kind: (kind: string) => string;
  formula: (formula: string) => string;
  written: (level: string) => string;
  oral: (level: string) => string;
  choice: (key: string) => string;
  option: (code: string) => string;
  none: string;
};

const joined = (items: string[], none: string) => (items.length ? items.join(', ') : none);

/** One row per subject, in the list's order: what staff check against CKE's "Informacja". */
export function subjectTable(list: SubjectList, n: SubjectTableNames): SubjectRow[] {
  return list.subjects.map((s) => ({
    code: s.code,
    name: s.name ?? n.subject(s.code),
    kind: n.kind(s.kind),
    formulas: s.formulas.map(n.formula).join(', '),
    written: joined(s.written.map(n.written), n.none),
    oral: joined(s.oral.map(n.oral), n.none),
    environment: joined(
      (s.environment ?? []).map(
        (c) => `${c.name ?? n.choice(c.key)}: ${c.options.map((o) => o.name ?? n.option(o.code)).join(', ')}`,
      ),
      n.none,
    ),
  }));
}

/** The list as staff edit and download it: pretty-printed, two spaces. */
export const subjectListText = (list: SubjectList) => `${JSON.stringify(list, null, 2)}\n`;
