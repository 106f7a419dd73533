import { formatPercent } from '@/lib/format/percent';

/** A labelled progress bar; the text beside it carries the same information for everyone. */
export function ProgressBar({ percent, label, locale }: { percent: number; label: string; locale: string }) {
  return (
    <div className="flex items-center gap-3">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2.5 flex-1 overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${percent}%` }} />
      </div>
      <span className="w-10 text-right text-sm font-semibold tabular-nums text-slate-700">
        {formatPercent(percent, locale)}
      </span>
    </div>
  );
}
