// "Historia zmian" on a staff page (an order, a group, a family, an account): who did what and
// when, before → after, from the audit log (lib/audit/history.ts loads the rows).
import type { AuditRow } from '@/lib/audit/history';
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { ChangeLines } from './change-lines';
import { currentLocale } from '@/lib/locale/current';

export async function AuditHistory({ rows, headingId = 'historia-zmian' }: { rows: AuditRow[]; headingId?: string }) {
  const locale = await currentLocale();
  const t = messages(locale).audit;
  return (
    <section className="card space-y-3" aria-labelledby={headingId} data-testid="audit-history">
      <h2 id={headingId} className="h2">
        {t.history}
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{t.historyEmpty}</p>
      ) : (
        <ol className="space-y-3">
          {rows.map((r) => (
            <li key={r.id} className="rounded-lg border border-slate-200 p-3" data-testid="audit-entry">
              <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
                <span className="font-semibold">{r.actionLabel}</span>
                <span className="text-slate-600">
                  {formatDateTime(r.at, locale)} · {r.actorName}
                </span>
              </p>
              <div className="mt-1">
                <ChangeLines lines={r.lines} note={r.note} noteLabel={t.note} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
