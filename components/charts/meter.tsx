// A labelled progress bar (lessons done of a course, seats taken of a group): the native <meter>
// for assistive technology, drawn as a bar with the numbers written beside it.
import { messages } from '@/lib/i18n';
import { formatValue } from '@/lib/charts/spec';
import type { Tone } from '@/lib/charts/spec';
import { currentLocale } from '@/lib/locale/current';

const FILL: Record<Tone, string> = {
  primary: 'bg-brand-600',
  good: 'bg-emerald-700',
  bad: 'bg-red-700',
  warn: 'bg-amber-600',
  neutral: 'bg-slate-500',
};

export async function Meter({
  label,
  value,
  max,
  tone = 'primary',
  valueText,
  suffix,
  labelLang,
}: {
  label: string;
  value: number;
  max: number;
  tone?: Tone;
  /** Replaces "7 z 12" beside the bar. */
  valueText?: string;
  /** Written after the label in the interface's language when the label is content ("· test passed"). */
  suffix?: string;
  /** The label's language when it is content (a course's title) rather than interface text. */
  labelLang?: string;
}) {
  const locale = await currentLocale();
  const share = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  const text = valueText ?? messages(locale).charts.ofTotal(formatValue(value), formatValue(max));
  return (
    <div className="space-y-1">
      <div className="flex items-baseline justify-between gap-3 text-sm">
        <span className="font-medium text-slate-800">
          <span lang={labelLang}>{label}</span>
          {suffix && ` · ${suffix}`}
        </span>
        <span className="tabular-nums text-slate-700">
          {text} ({formatValue(Math.round(share * 100), 'percent')})
        </span>
      </div>
      <meter
        className="sr-only"
        min={0}
        max={Math.max(max, 1)}
        value={Math.min(value, Math.max(max, 1))}
        aria-label={suffix ? `${label} · ${suffix}` : label}
      >
        {text}
      </meter>
      <div className="h-2.5 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
        <div className={`h-full rounded-full ${FILL[tone]}`} style={{ width: `${share * 100}%` }} />
      </div>
    </div>
  );
}
