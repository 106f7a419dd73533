// A contract's history for staff: every event (state change, payment, staff action, run step)
// with who did it, and the e-mails sent about it.
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import type { StaffContractPage } from '@/lib/billing/queries/staff-page';
import { currentLocale } from '@/lib/locale/current';

export async function ContractHistory({
  history,
  emails,
}: {
  history: StaffContractPage['history'];
  emails: StaffContractPage['emails'];
}) {
  const locale = await currentLocale();
  const t = messages(locale).billingPanel;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section className="card space-y-3" aria-labelledby="historia">
        <h2 id="historia" className="h2">
          {t.detail.history}
        </h2>
        {history.length === 0 ? (
          <p className="muted">{t.detail.historyEmpty}</p>
        ) : (
          <ol className="space-y-2 text-sm" data-testid="contract-history">
            {history.map((e) => (
              <li key={e.id} className="border-l-2 border-slate-200 pl-3">
                <span className="font-medium">{t.event[e.kind] ?? e.kind}</span>
                {e.charge && <span> · {e.charge}</span>}
                <span className="block text-xs text-slate-600">
                  {formatDateTime(e.at, locale)} · {e.who ?? t.detail.byRun}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="card space-y-3" aria-labelledby="wiadomosci">
        <h2 id="wiadomosci" className="h2">
          {t.detail.mailbox}
        </h2>
        {emails.length === 0 ? (
          <p className="muted">{t.detail.historyEmpty}</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {emails.map((e) => (
              <li key={e.id}>
                <span className="font-medium">{e.subject}</span>
                <span className="block text-xs text-slate-600">
                  {formatDateTime(e.createdAt, locale)} · {e.to}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
