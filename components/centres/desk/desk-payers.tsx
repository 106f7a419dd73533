// The payers found at the desk: each with their centre contracts (child, group, number) and the
// open charges, overdue ones marked, each with its booking form.
import Link from 'next/link';
import { formatDate } from '@/lib/format/time';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { panelContractPath } from '@/lib/billing/queries/paths';
import type { DeskCharge, DeskPayer } from '@/lib/centres/desk/find';
import { DeskPaymentForm } from './desk-payment-form';
import { currentLocale } from '@/lib/locale/current';

export async function DeskPayers({ payers, q }: { payers: DeskPayer[]; q: string }) {
  const locale = await currentLocale();
  const t = messages(locale).centresDesk.page;
  return (
    <ul className="space-y-4">
      {payers.map((p) => (
        <li key={p.id} className="card space-y-3" data-testid="desk-payer">
          <h2 className="h2">{t.payer(p.name)}</h2>
          <p className="muted text-sm">{[p.email, p.phone].filter(Boolean).join(' · ')}</p>
          {p.contracts.map((c) => (
            <section key={c.number} className="space-y-2 border-t border-slate-200 pt-3">
              <h3 className="font-semibold">
                {t.child(c.child)} ·{' '}
                <Link className="link" href={panelContractPath(c.number)}>
                  {c.number}
                </Link>
              </h3>
              <p className="text-sm text-slate-700">{c.title}</p>
              {c.charges.length === 0 ? (
                <p className="text-sm">{t.nothingDue}</p>
              ) : (
                <>
                  <Charges charges={c.charges.filter((ch) => !ch.later)} q={q} />
                  {c.charges.some((ch) => ch.later) && (
                    <details>
                      <summary className="link cursor-pointer text-sm">
                        {t.later(c.charges.filter((ch) => ch.later).length)}
                      </summary>
                      <div className="mt-2">
                        <Charges charges={c.charges.filter((ch) => ch.later)} q={q} />
                      </div>
                    </details>
                  )}
                </>
              )}
            </section>
          ))}
        </li>
      ))}
    </ul>
  );
}

async function Charges({ charges, q }: { charges: DeskCharge[]; q: string }) {
  const locale = await currentLocale();
  const t = messages(locale).centresDesk.page;
  return (
    <ul className="space-y-3">
      {charges.map((ch) => (
        <li key={ch.id} className="space-y-2 rounded border border-slate-200 p-3" data-testid="desk-charge">
          <p className="flex flex-wrap justify-between gap-2">
            <span>
              <span className="font-medium">{ch.label}</span>
              <span className="block text-sm text-slate-600">
                {t.colDue}: {formatDate(ch.dueDate, locale)}
                {ch.overdueDays > 0 && (
                  <span className="ml-2 font-semibold text-red-700">{t.overdue(ch.overdueDays)}</span>
                )}
              </span>
            </span>
            <span className="font-semibold whitespace-nowrap">{formatMoney(ch.due, ch.currency, locale)}</span>
          </p>
          <DeskPaymentForm chargeId={ch.id} due={ch.due} q={q} />
        </li>
      ))}
    </ul>
  );
}
