// One child's centre contract on the parent's page: the group, the guarantee deadline, how the
// contract ends, payments with "Zapłać", the class dates, make-ups, ending it, and next year.
import Link from 'next/link';
import { formatDate, formatDateTime } from '@/lib/format/time';
import { formatMoney } from '@/lib/format/money';
import { formatPercent } from '@/lib/format/percent';
import { messages } from '@/lib/i18n';
import { accountContractPath } from '@/lib/billing/queries/paths';
import { centreEnrolPath } from '@/lib/centres/paths';
import type { ChildCentre } from '@/lib/centres/parent/overview';
import { Notice } from '@/components/forms/notice';
import { StatusBadge } from '@/components/billing/labels';
import { PayerCharges } from '@/components/billing/payer-charges';
import { EndContract } from '@/components/billing/end-contract';
import { ClassSchedule } from './class-schedule';
import { CentreMakeUpForm } from './make-up-form';
import { currentLocale } from '@/lib/locale/current';

const day = (d: string, locale: string) => formatDate(new Date(`${d}T12:00:00Z`), locale);

export async function ChildCentreCard({ item }: { item: ChildCentre }) {
  const locale = await currentLocale();
  const t = messages(locale).centresParent;
  const weekdays = messages(locale).livePanel.weekdays;
  const { group, page, child } = item;
  const { contract } = page;
  const money = (n: number) => formatMoney(n, contract.currency, locale);
  const id = contract.id;
  // What to pay now (overdue, the next due) up front; the whole year's schedule one click away.
  const now = page.charges.filter((c) => page.payable.has(c.id));
  return (
    <section className="card space-y-5" aria-labelledby={`dziecko-${id}`} data-testid="centre-child">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={`dziecko-${id}`} className="h2">
            {child.name} — {group.programme.name}
          </h2>
          <p className="muted text-sm">
            {group.centre.name} · {t.group.year(group.schoolYear)}
          </p>
        </div>
        <StatusBadge status={contract.status} />
      </div>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="muted">{t.group.where}</dt>
        <dd>
          {group.centre.street}, {group.centre.postalCode} {group.centre.city}
        </dd>
        <dt className="muted">{t.group.when}</dt>
        <dd>{t.group.whenValue(weekdays[group.weekday] ?? '', group.startTime, group.durationMinutes)}</dd>
        <dt className="muted">{t.group.teacher}</dt>
        <dd>
          {group.teacher.firstName} {group.teacher.lastName}
        </dd>
        <dt className="muted">{t.group.contract}</dt>
        <dd>
          <Link href={accountContractPath(contract.number)} className="link">
            {contract.number}
          </Link>
        </dd>
      </dl>
      {item.guaranteeUntil && (
        <Notice tone="info" data-testid="guarantee">
          {t.guarantee(day(item.guaranteeUntil, locale))}
        </Notice>
      )}
      {item.ending && (
        <Notice tone="warning" as="div" className="space-y-1" data-testid="ending">
          <p>
            {item.ending.kind === 'ended' || !item.ending.endsOn
              ? t.ending.ended
              : t.ending.noticed(day(item.ending.endsOn, locale))}
          </p>
          {item.ending.lines.length > 0 && (
            <dl className="grid grid-cols-[1fr_auto] gap-x-4 text-sm" aria-label={t.ending.settlement}>
              {item.ending.lines.map((l) => (
                <div key={l.label} className="contents">
                  <dt>{l.label}</dt>
                  <dd className="text-right tabular-nums">{money(l.amount)}</dd>
                </div>
              ))}
            </dl>
          )}
          {item.ending.refund > 0 && <p>{t.ending.refund(money(item.ending.refund))}</p>}
          {item.ending.owed > 0 && <p>{t.ending.owed(money(item.ending.owed))}</p>}
        </Notice>
      )}
      <section className="space-y-2" aria-labelledby={`platnosci-${id}`}>
        <h3 id={`platnosci-${id}`} className="font-semibold">
          {t.payments.title}
        </h3>
        {contract.payMethod === 'DESK' && <p className="muted text-sm">{t.payments.desk}</p>}
        {now.length > 0 && <PayerCharges charges={now} payable={page.payable} />}
        <details open={now.length === 0}>
          <summary className="link cursor-pointer text-sm">{t.payments.all(page.charges.length)}</summary>
          <PayerCharges charges={page.charges} payable={page.payable} />
        </details>
      </section>
      <ClassSchedule classes={item.classes} id={id} />
      {item.makeUps && item.makeUps.missed.length > 0 && (
        <section className="space-y-2" aria-labelledby={`odrabianie-${id}`}>
          <h3 id={`odrabianie-${id}`} className="font-semibold">
            {t.makeUp.title}
          </h3>
          <p className="muted text-sm">{t.makeUp.intro(money(item.makeUpPrice))}</p>
          {item.makeUps.targets.length === 0 ? (
            <p className="text-sm">{t.makeUp.none}</p>
          ) : (
            <CentreMakeUpForm
              childId={child.id}
              missed={item.makeUps.missed.map((m) => ({
                value: m.sessionId,
                label: `${formatDateTime(m.startsAt, locale)} (${
                  m.terms.charge === 'free'
                    ? t.makeUp.free(formatDateTime(m.terms.freeUntil, locale))
                    : t.makeUp.paid(money(item.makeUpPrice))
                })`,
              }))}
              targets={item.makeUps.targets.map((s) => ({
                value: s.sessionId,
                label: `${formatDateTime(s.startsAt, locale)} — ${s.title}`,
              }))}
            />
          )}
        </section>
      )}
      {page.quote && (
        <section className="space-y-2" aria-labelledby={`koniec-${id}`}>
          <h3 id={`koniec-${id}`} className="font-semibold">
            {t.ending.title}
          </h3>
          <p className="muted text-sm">{t.ending.intro}</p>
          <EndContract
            contractId={contract.id}
            endsOn={day(page.quote.endsOn, locale)}
            refund={page.quote.refund > 0 ? money(page.quote.refund) : null}
            owed={page.quote.owed > 0 ? money(page.quote.owed) : null}
            kind={{ withdrawal: page.withdrawal }}
            lines={page.quote.lines.map((l) => ({ label: l.label, amount: money(l.amount) }))}
          />
        </section>
      )}
      {item.continuation && (
        <section className="space-y-2" aria-labelledby={`kontynuacja-${id}`} data-testid="continuation">
          <h3 id={`kontynuacja-${id}`} className="font-semibold">
            {t.continuation.title}
          </h3>
          <p className="text-sm">
            {t.continuation.intro(
              item.continuation.effect.kind === 'PERCENT'
                ? formatPercent(item.continuation.effect.value / 100, locale)
                : money(item.continuation.effect.value),
            )}
          </p>
          <ul className="space-y-2">
            {item.continuation.groups.map((g) => (
              <li key={g.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                <span>{t.continuation.group(g.programme, weekdays[g.weekday] ?? '', g.startTime, g.teacher)}</span>
                <Link href={`${centreEnrolPath(g.id)}?kontynuacja=1`} className="btn-primary text-sm">
                  {t.continuation.enrol}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
