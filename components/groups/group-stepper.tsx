import type { Step } from '@/lib/groups/steps';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

const STYLE: Record<Step['state'], string> = {
  done: 'border-green-300 bg-green-50',
  current: 'border-brand-600 bg-brand-50 ring-2 ring-brand-100',
  waiting: 'border-amber-300 bg-amber-50',
  later: 'border-slate-200 bg-white',
};
const BADGE: Record<Step['state'], string> = {
  done: 'bg-green-700 text-white',
  current: 'bg-brand-600 text-white',
  waiting: 'bg-amber-700 text-white',
  later: 'bg-slate-200 text-slate-800',
};

/** The six steps as an ordered list; each links to its section below. */
export async function GroupStepper({ steps }: { steps: Step[] }) {
  const locale = await currentLocale();
  const t = messages(locale).groups;
  return (
    <nav aria-label={t.stepsNav}>
      <ol className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6">
        {steps.map((s, i) => (
          <li
            key={s.key}
            className={`rounded-xl border p-3 ${STYLE[s.state]}`}
            data-testid={`step-${s.key}`}
            aria-current={s.state === 'current' ? 'step' : undefined}
          >
            <a href={s.href ?? `#${s.key}`} className="block space-y-1 hover:underline">
              <span className="flex items-center gap-2">
                <span
                  className={`inline-flex h-6 w-6 items-center justify-center rounded-full text-xs font-bold ${BADGE[s.state]}`}
                  aria-hidden="true"
                >
                  {s.state === 'done' ? '✓' : i + 1}
                </span>
                <span className="font-semibold">{s.title}</span>
              </span>
              <span
                className="block text-xs font-semibold uppercase tracking-wide text-slate-700"
                data-testid="step-state"
              >
                {t.state[s.state]}
              </span>
              <span className="block text-sm text-slate-700">{s.hint}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
