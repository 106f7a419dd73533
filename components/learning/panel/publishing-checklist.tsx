// "Gotowość do publikacji": each condition of the publishing rule with whether it holds now.
import Link from 'next/link';
import type { ReadinessItem } from '@/lib/learning/editing/rules/publishing';
import { messages, text } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function PublishingChecklist({ courseId, items }: { courseId: string; items: ReadinessItem[] }) {
  const locale = await currentLocale();
  const t = messages(locale).panel.courses.readiness;
  const ready = items.every((i) => i.ok);
  return (
    <section aria-labelledby="readiness" className="card space-y-3">
      <h2 id="readiness" className="h2">
        {t.heading}
      </h2>
      <p className={`text-sm font-medium ${ready ? 'text-green-800' : 'text-amber-900'}`}>
        {ready ? t.allOk : t.someMissing}
      </p>
      <ul className="space-y-1 text-sm">
        {items.map((i) => (
          <li key={i.key} className="flex items-start gap-2">
            <span
              aria-hidden="true"
              className={`mt-0.5 inline-flex h-4 w-4 shrink-0 items-center justify-center rounded-full text-[10px] text-white ${i.ok ? 'bg-green-700' : 'bg-red-700'}`}
            >
              {i.ok ? '✓' : '!'}
            </span>
            <span className="flex-1 first-letter:uppercase">{text(i.label)}</span>
            <span className={`font-medium ${i.ok ? 'text-green-800' : 'text-red-800'}`}>{i.ok ? t.ok : t.missing}</span>
          </li>
        ))}
      </ul>
      {!ready && (
        <p className="flex flex-wrap gap-4 text-sm">
          <Link href={`/panel/kursy/${courseId}/lekcje`} className="link">
            {t.lessonsLink}
          </Link>
          <Link href={`/panel/kursy/${courseId}/pytania`} className="link">
            {t.questionsLink}
          </Link>
        </p>
      )}
    </section>
  );
}
