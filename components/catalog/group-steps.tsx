import { messages } from '@/lib/i18n';
import type { Locale } from '@/lib/i18n/locales';

/** The six steps of a group purchase (planeta-zakup-grupowy.txt), shown before anyone pays. */
export function GroupSteps({ locale }: { locale: Locale }) {
  const t = messages(locale).course;
  return (
    <section aria-labelledby="kroki-grupy" className="card space-y-3" data-testid="group-steps">
      <h2 id="kroki-grupy" className="h2">
        {t.stepsHeading}
      </h2>
      <p className="text-slate-700">{t.stepsIntro}</p>
      <ol className="space-y-2">
        {t.steps.map((step, i) => (
          <li key={step} className="flex gap-3">
            <span
              aria-hidden="true"
              className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-brand-600 text-sm font-bold text-white"
            >
              {i + 1}
            </span>
            <span className="pt-0.5">
              <span className="sr-only">{`${i + 1}. `}</span>
              {step}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
