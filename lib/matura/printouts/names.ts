// How the printouts name a declared exam and informatyka's environment: the subject list's own
// names for what staff added, the catalogue's for built-in codes, an unknown code as stored.
import { messages } from '@/lib/i18n';
import { examLevelName, subjectName } from '@/lib/matura/subject-list';
import type { SubjectList } from '@/lib/matura/subjects';

/** "poziom podstawowy", "ustny – bez określania poziomu"; a timetable session open to every level: its part. */
export const levelLabel = (part: string, level: string | null) =>
  level === null ? ((messages().matura.parts as Record<string, string>)[part] ?? part) : examLevelName(part, level);

/** "język polski, poziom podstawowy", "język angielski, ustny – bez określania poziomu". */
export const examLabel = (list: SubjectList | null, e: { subject: string; part: string; level: string | null }) =>
  `${subjectName(list, e.subject)}, ${levelLabel(e.part, e.level)}`;

/** "System operacyjny: Linux; Pakiet programów użytkowych: LibreOffice; Język programowania: Python". */
export function environmentText(
  list: SubjectList | null,
  subject: string,
  environment: Record<string, string> | null,
): string {
  if (!environment) return '';
  const m = messages().matura.environment;
  const choices = list?.subjects.find((s) => s.code === subject)?.environment ?? [];
  const builtIn = m as unknown as Record<string, string>;
  const options = m.options as Record<string, string>;
  return Object.entries(environment)
    .map(([key, code]) => {
      const choice = choices.find((c) => c.key === key);
      const name = choice?.name ?? builtIn[key] ?? key;
      const option = choice?.options.find((o) => o.code === code)?.name ?? options[code] ?? code;
      return `${name}: ${option}`;
    })
    .join('; ');
}
