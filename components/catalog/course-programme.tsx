// "Program" on the public course page: the syllabus staff wrote, else the modules with their
// lessons and minutes; with neither the section is left out (never an empty heading).
import { messages } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n/locales';

type Module = { id: string; title: string; lessons: { id: string; title: string; minutes: number }[] };

export function CourseProgramme({
  syllabus,
  modules,
  locale,
}: {
  syllabus: string[];
  modules: Module[];
  locale: Locale;
}) {
  const t = messages(locale).course;
  const withLessons = modules.filter((m) => m.lessons.length > 0);
  if (syllabus.length === 0 && withLessons.length === 0) return null;
  return (
    <section aria-labelledby="program" className="space-y-2">
      <h2 id="program" className="h2">
        {t.syllabus}
      </h2>
      {syllabus.length > 0 ? (
        <ol className="list-decimal space-y-1 pl-6">
          {syllabus.map((s, i) => (
            <li key={i} data-course-content>
              {s}
            </li>
          ))}
        </ol>
      ) : (
        <ol className="space-y-4">
          {withLessons.map((m, mi) => (
            <li key={m.id} className="space-y-1">
              <h3 className="font-semibold text-slate-900">
                {mi + 1}. <span data-course-content>{m.title}</span>{' '}
                <span className="text-sm font-normal text-slate-600">· {t.moduleLessons(m.lessons.length)}</span>
              </h3>
              <ol className="space-y-0.5 border-l-2 border-slate-200 pl-4">
                {m.lessons.map((l) => (
                  <li key={l.id} className="flex items-baseline justify-between gap-3 text-slate-800">
                    <span data-course-content>{l.title}</span>
                    <span className="shrink-0 text-sm text-slate-600">{t.lessonMinutes(l.minutes)}</span>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** What the final test is like: pass mark, attempts, time limit, whether the lessons come first. */
export function CourseTestFacts(c: {
  passMarkPercent: number;
  maxAttempts: number;
  timeLimitMinutes: number | null;
  testRequiresLessons: boolean;
  locale: Locale;
}) {
  const t = messages(c.locale).course;
  return (
    <section aria-labelledby="test-facts" className="space-y-2">
      <h2 id="test-facts" className="h2">
        {t.testHeading}
      </h2>
      <ul className="list-disc space-y-1 pl-6 text-slate-800">
        <li>{t.testPassMark(c.passMarkPercent)}</li>
        <li>{t.testAttempts(c.maxAttempts)}</li>
        {c.timeLimitMinutes && <li>{t.testTimeLimit(c.timeLimitMinutes)}</li>}
        {c.testRequiresLessons && <li>{t.testAfterLessons}</li>}
        <li>{t.testCertificate}</li>
      </ul>
    </section>
  );
}
