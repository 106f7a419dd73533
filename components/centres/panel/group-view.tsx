// One centre group for staff: its facts and prices, the year's class dates (cancelled and held
// marked), and the children enrolled with their parent, plan, contract and payments.
import { subjectLabel } from '@/components/centres/finder/labels';
import Link from 'next/link';
import { formatMoney } from '@/lib/format/money';
import { formatDate, formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { chargeState, toPay } from '@/lib/billing/queries/charge-state';
import { panelContractPath } from '@/lib/billing/queries/paths';
import { chargeStateText, StatusBadge } from '@/components/billing/labels';
import { ScrollTable } from '@/components/forms/scroll-table';
import type { PanelEnrolment, PanelGroup } from '@/lib/centres/panel/queries';
import { currentLocale } from '@/lib/locale/current';

type Facts = PanelGroup['facts'];

export async function GroupFacts({ facts: g, enrolled }: { facts: Facts; enrolled: number }) {
  const locale = await currentLocale();
  const m = messages(locale).centresPanel;
  const t = m.group;
  const rows: [string, string][] = [
    [t.place, `${g.centre.name} — ${g.centre.street}, ${g.centre.postalCode} ${g.centre.city}`],
    [t.programme, `${g.programme.name} (${subjectLabel(g.programme.subject, locale)})`],
    [t.ages, m.programmes.ages(g.programme.minAge, g.programme.maxAge)],
    [
      t.when,
      `${m.groups.when(messages(locale).livePanel.weekdays[g.weekday], g.startTime)}, ${t.duration(g.durationMinutes, g.breakMinutes)}`,
    ],
    [t.teacher, `${g.teacher.firstName} ${g.teacher.lastName}`],
    [t.classes, String(g.classes)],
    [t.seats, t.seatsLine(enrolled, g.capacity, Math.max(0, g.capacity - enrolled))],
    [t.prices, g.offers.map((o) => `${m.plans[o.planCode]}: ${formatMoney(o.amount, 'PLN', locale)}`).join(' · ')],
    [t.starterPack, g.starterPack ? t.starterPackYes : t.starterPackNo],
  ];
  return (
    <section className="card space-y-3">
      <h2 className="h2">{t.facts}</h2>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]" data-testid="centre-group-facts">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-semibold">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {g.cancelledAt && (
        <p className="text-sm font-semibold text-red-800">{t.cancelledAt(formatDateTime(g.cancelledAt, locale))}</p>
      )}
      {!g.cancelledAt && enrolled < g.minParticipants && (
        <p className="rounded bg-amber-50 p-2 text-sm text-amber-900" data-testid="below-minimum">
          {t.belowMinimum(g.minParticipants)}
        </p>
      )}
    </section>
  );
}

export async function GroupSessions({ sessions, now }: { sessions: Facts['sessions']; now: Date }) {
  const locale = await currentLocale();
  const t = messages(locale).centresPanel.group;
  return (
    <section className="card space-y-3">
      <h2 className="h2">
        {t.sessions} ({sessions.length})
      </h2>
      <ol className="grid gap-1 text-sm sm:grid-cols-2 lg:grid-cols-4" data-testid="centre-group-sessions">
        {sessions.map((s, i) => (
          <li
            key={s.id}
            className={s.status === 'CANCELLED' ? 'text-red-800 line-through' : s.endsAt < now ? 'text-slate-500' : ''}
          >
            {i + 1}. {formatDateTime(s.startsAt, locale)}
            {s.status === 'CANCELLED' ? ` — ${t.sessionCancelled}` : s.endsAt < now ? ` — ${t.sessionDone}` : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}

function payments(c: PanelEnrolment, today: Date, locale: string): string {
  const t = messages(locale).centresPanel.group;
  const paid = c.charges.filter((x) => x.status === 'PAID').length;
  const open = c.charges.find((x) => x.status === 'OPEN');
  if (!open) return t.allPaid;
  const state = chargeStateText(chargeState(open, today), locale);
  return `${t.paidOf(paid, c.charges.length)}; ${t.next(state, formatMoney(toPay(open), c.currency, locale), formatDate(open.dueDate, locale))}`;
}

export async function GroupChildren({ rows, today, title }: { rows: PanelEnrolment[]; today: Date; title: string }) {
  const locale = await currentLocale();
  const m = messages(locale).centresPanel;
  const t = m.group;
  return (
    <section className="space-y-3">
      <h2 className="h2">
        {title} ({rows.length})
      </h2>
      {rows.length === 0 ? (
        <p className="card muted">{t.noChildren}</p>
      ) : (
        <ScrollTable label={title} cards className="card p-0">
          <table className="table" data-testid="centre-group-children">
            <thead>
              <tr>
                <th>{t.colChild}</th>
                <th>{t.colParent}</th>
                <th>{t.colPlan}</th>
                <th>{t.colContract}</th>
                <th>{t.colPayments}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => {
                const born = c.beneficiary.childProfile?.birthDate;
                return (
                  <tr key={c.id}>
                    <td>
                      <div>
                        <span className="font-medium">
                          {c.beneficiary.firstName} {c.beneficiary.lastName}
                        </span>
                        {born && (
                          <span className="block text-xs text-slate-600">{t.born(formatDate(born, locale))}</span>
                        )}
                      </div>
                    </td>
                    <td>
                      <div className="text-sm">
                        {c.payer.firstName} {c.payer.lastName}
                        <span className="block text-xs text-slate-600">{c.payer.email}</span>
                        {c.payer.phone && <span className="block text-xs text-slate-600">{c.payer.phone}</span>}
                      </div>
                    </td>
                    <td>
                      <div className="text-sm">
                        {m.plans[c.offer.planCode]}
                        <span className="block text-xs text-slate-600">{t.payMethods[c.payMethod] ?? c.payMethod}</span>
                      </div>
                    </td>
                    <td>
                      <div className="space-y-1">
                        <Link className="link block whitespace-nowrap" href={panelContractPath(c.number)}>
                          {c.number}
                        </Link>
                        <StatusBadge status={c.status} />
                      </div>
                    </td>
                    <td>
                      <div className="text-sm">{payments(c, today, locale)}</div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}
