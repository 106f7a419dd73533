// One document's KSeF state as staff read it: the state, the KSeF number, KSeF's own message for a
// rejection (with its details), the offline deadline, or what a correction is waiting for.
import type { StaffKsefRow } from '@/lib/invoices/ksef/submission';
import { formatLastDay } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

const TONE: Record<StaffKsefRow['state'], string> = {
  waiting: 'bg-slate-100 text-slate-800',
  offline: 'bg-amber-100 text-amber-900',
  sent: 'bg-sky-100 text-sky-900',
  accepted: 'bg-green-100 text-green-900',
  rejected: 'bg-red-100 text-red-900',
};

export async function KsefState({ row }: { row: StaffKsefRow }) {
  const locale = await currentLocale();
  const m = messages(locale).ksef;
  const d = row.document;
  const deadline = d?.offlineDeadline;
  return (
    <div className="space-y-1" data-testid="ksef-state" data-state={row.state}>
      <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${TONE[row.state]}`}>
        {m.states[row.state]}
      </span>
      {d?.ksefNumber && (
        <span className="block font-mono text-xs" data-testid="ksef-number">
          {/* Breaks only after its hyphens (NIP-date-technical-checksum) in a narrow column. */}
          {d.ksefNumber.split('-').map((part, i, all) => (
            <span key={i}>
              {part}
              {i < all.length - 1 && (
                <>
                  -<wbr />
                </>
              )}
            </span>
          ))}
        </span>
      )}
      {row.state === 'offline' && deadline && (
        <span className={`block text-xs ${d.overdue ? 'font-semibold text-red-800' : ''}`}>
          {d.overdue
            ? m.panel.overdue(formatLastDay(deadline, locale))
            : m.panel.deadline(formatLastDay(deadline, locale))}
        </span>
      )}
      {row.waitsForOriginal && <span className="block text-xs text-slate-700">{m.panel.waitsForOriginal}</span>}
      {row.state === 'rejected' && d && (
        <div className="text-xs text-red-900" data-testid="ksef-error">
          <p>
            {d.errorMessage
              ? `${d.errorCode !== null ? m.panel.rejectedBy(String(d.errorCode)) + ' — ' : ''}${d.errorMessage}`
              : m.panel.schemaInvalid}
          </p>
          {d.errorDetails.length > 0 && (
            <ul className="list-disc pl-4">
              {d.errorDetails.slice(0, 5).map((x, i) => (
                <li key={i} className="break-words">
                  {x}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {d && d.attempts > 1 && row.state !== 'accepted' && (
        <span className="block text-xs text-slate-600">{m.panel.attempts(d.attempts)}</span>
      )}
    </div>
  );
}
