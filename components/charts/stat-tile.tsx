// Summary tiles: the few numbers a page answers first ("where do things stand?"), each optionally a
// link to the list behind it. Tone marks what needs attention, never alone: the hint says why.
import Link from 'next/link';
import type { Tone } from '@/lib/charts/spec';

export type StatTile = {
  label: string;
  value: string | number;
  hint?: string;
  /** The hint's language when it is content (a class group's title) rather than interface text. */
  hintLang?: string;
  href?: string;
  tone?: Tone;
};

const BORDER: Record<Tone, string> = {
  primary: 'border-l-brand-600',
  good: 'border-l-emerald-700',
  bad: 'border-l-red-700',
  warn: 'border-l-amber-600',
  neutral: 'border-l-slate-400',
};

export function StatTiles({ tiles, label }: { tiles: StatTile[]; label?: string }) {
  return (
    <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4" aria-label={label}>
      {tiles.map((t) => {
        const body = (
          <>
            <span className="block text-sm text-slate-600">{t.label}</span>
            <span className="block text-2xl font-bold tabular-nums text-slate-900 sm:text-3xl">{t.value}</span>
            {t.hint && (
              <span className="mt-1 block text-xs text-slate-600" lang={t.hintLang}>
                {t.hint}
              </span>
            )}
          </>
        );
        const classes = `block h-full rounded-xl border border-l-4 border-slate-200 bg-white p-4 shadow-sm ${BORDER[t.tone ?? 'neutral']}`;
        return (
          <li key={t.label}>
            {t.href ? (
              <Link href={t.href} className={`${classes} hover:bg-slate-50 focus-visible:outline-2`}>
                {body}
              </Link>
            ) : (
              <div className={classes}>{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
