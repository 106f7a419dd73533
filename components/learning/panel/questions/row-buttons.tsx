'use client';
// The small buttons beside one row of a list in the question editor: up, down, remove.
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function RowButtons({
  label,
  onRemove,
  onUp,
  onDown,
}: {
  label: string;
  onRemove?: () => void;
  onUp?: () => void;
  onDown?: () => void;
}) {
  const locale = useLocale();
  const t = messages(locale).panel.courses.questionEditor;
  const cls = 'rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-40';
  return (
    <span className="flex shrink-0 gap-1">
      {onUp !== undefined && (
        <button type="button" className={cls} onClick={onUp} aria-label={t.moveUp(label)}>
          ↑
        </button>
      )}
      {onDown !== undefined && (
        <button type="button" className={cls} onClick={onDown} aria-label={t.moveDown(label)}>
          ↓
        </button>
      )}
      {onRemove && (
        <button type="button" className={cls} onClick={onRemove} aria-label={t.removeRow(label)}>
          ✕
        </button>
      )}
    </span>
  );
}

/** The list with row `i` moved by `by` places (unchanged at the ends). */
export function moved<T>(rows: T[], i: number, by: -1 | 1): T[] {
  const j = i + by;
  if (j < 0 || j >= rows.length) return rows;
  const next = [...rows];
  [next[i], next[j]] = [next[j], next[i]];
  return next;
}
