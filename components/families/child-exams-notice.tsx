// On a child's own courses page: the yearly exams of the packages the parent paid, with their
// window, so the child knows what is coming without asking the parent. Nothing for other accounts.
import { childExams } from '@/lib/families/exams';
import { messages } from '@/lib/i18n';
import { ExamsList } from '@/components/families/exams-list';
import { currentLocale } from '@/lib/locale/current';

export async function ChildExamsNotice({ userId }: { userId: string }) {
  const locale = await currentLocale();
  const exams = await childExams(userId, undefined, locale);
  if (exams.length === 0) return null;
  return (
    <section aria-labelledby="egzaminy" className="space-y-2">
      <h2 id="egzaminy" className="h2">
        {messages(locale).families.exams.childHeading}
      </h2>
      {exams.map((e) => (
        <ExamsList key={e.heading} exams={e} />
      ))}
    </section>
  );
}
