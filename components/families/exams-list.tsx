// A paid package's yearly exam as the parent (family page, package page) and the child (their
// courses page) read it: when, and which subjects — included in the package or bought.
import type { ExamsView } from '@/lib/families/exams';

export function ExamsList({ exams, as: Heading = 'h3' }: { exams: ExamsView; as?: 'h2' | 'h3' | 'h4' }) {
  return (
    <div className="space-y-1 rounded-lg border border-slate-200 bg-brand-50 px-4 py-3 text-sm" data-testid="exams">
      <Heading className="font-semibold">{exams.heading}</Heading>
      <p>{exams.when}</p>
      <ul className="list-disc pl-5">
        {exams.subjects.map((s) => (
          <li key={s.name}>
            {s.name} <span className="text-slate-600">({s.note})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
