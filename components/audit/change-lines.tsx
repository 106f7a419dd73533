// An audit row's before → after, field by field, shared by an object's history and /panel/audyt.
import type { ChangeLine } from '@/lib/audit/rules/describe';

export function ChangeLines({
  lines,
  note,
  noteLabel,
}: {
  lines: ChangeLine[];
  note: string | null;
  noteLabel: string;
}) {
  if (lines.length === 0 && !note) return null;
  return (
    <ul className="space-y-0.5 text-sm text-slate-700">
      {lines.map((l, i) => (
        <li key={i} className="break-words">
          <span className="font-medium">{l.field}:</span>{' '}
          {l.from !== null && (
            <>
              <span className="line-through decoration-slate-400">{l.from}</span> →{' '}
            </>
          )}
          <span>{l.to ?? '—'}</span>
        </li>
      ))}
      {note && (
        <li className="break-words">
          <span className="font-medium">{noteLabel}:</span> {note}
        </li>
      )}
    </ul>
  );
}
