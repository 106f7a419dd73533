// The package form's fields, one set per child: pkg_<id>, exam_<id>, extra_<id>, lessons_<id>.
// Used by the GET summary (search params) and by the pay action (form data) alike.
import type { ChildChoice } from '@/lib/families/family-order';

type Raw = Record<string, unknown>;

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' && v ? [v] : []);

export function choicesFromForm(raw: Raw): ChildChoice[] {
  const out: ChildChoice[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!key.startsWith('pkg_') || typeof value !== 'string' || !value) continue;
    const childId = key.slice(4);
    out.push({
      childId,
      package: value,
      exams: list(raw[`exam_${childId}`]),
      extraSubjects: list(raw[`extra_${childId}`]),
      polishGroupLessons:
        typeof raw[`lessons_${childId}`] === 'string' ? (raw[`lessons_${childId}`] as string) || undefined : undefined,
    });
  }
  return out;
}
