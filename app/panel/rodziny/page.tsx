import type { Metadata } from 'next';
import Link from 'next/link';
import { formatRate } from '@/lib/format/rate';
import { requirePermission } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { cancellationQueue, classChangeQueue } from '@/lib/families/staff';
import { listRates, rateSourceLabel } from '@/lib/families/rates';
import { className, classForBirthYear, shiftedClassName } from '@/lib/families/rules/class-table';
import { schoolYearForPurchase } from '@/lib/families/rules/school-year';
import { PACKAGES, type PackageCode } from '@/lib/families/rules/packages';
import { currentTime } from '@/lib/clock/clock';
import { formatMoney } from '@/lib/format/money';
import { formatDate, formatDateTime, formatLastDay, warsawDateKey } from '@/lib/format/time';
import { decideClassChange } from '@/lib/actions/families/staff';
import { messages } from '@/lib/i18n';
import { describeSiblingAdjustment } from '@/lib/settlement/family-cancellations';
import { RateForm } from './rate-form';
import { CancellationRefundForm } from './cancellation-refund-form';
import { ActionForm } from '@/components/forms/action-form';
import { ScrollTable } from '@/components/forms/scroll-table';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).families.panelNav) };
}
export const dynamic = 'force-dynamic';

export default async function FamiliesPanelPage() {
  const locale = await currentLocale();
  const user = await requirePermission('panel:families', '/panel/rodziny');
  const mayRefund = can(user.roles, 'families:refund');
  const mayDecide = can(user.roles, 'families:class-change');
  const now = currentTime();
  const year = schoolYearForPurchase(now);
  const [requests, cancellations, rates] = await Promise.all([classChangeQueue(), cancellationQueue(), listRates()]);
  const m = messages(locale);
  const t = m.panel.families;
  return (
    <div className="space-y-8">
      <h1 className="h1">{m.families.panelNav}</h1>

      <section aria-labelledby="rezygnacje" className="card space-y-3">
        <h2 id="rezygnacje" className="h2">
          {t.cancellations}
        </h2>
        {cancellations.length === 0 ? (
          <p className="muted">{t.noCancellations}</p>
        ) : (
          <ScrollTable label={t.cancellations}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t.colChildParent}</th>
                  <th scope="col">{t.colKind}</th>
                  <th scope="col">{t.colFiled}</th>
                  <th scope="col">{t.colAccessUntil}</th>
                  <th scope="col">{t.colRefund}</th>
                  <th scope="col">{m.panel.status}</th>
                </tr>
              </thead>
              <tbody>
                {cancellations.map((c) => (
                  <tr key={c.id} data-testid="cancellation-row">
                    <td>
                      {c.package.child.fullName}
                      <br />
                      <Link className="link text-slate-600" href={`/panel/rodziny/${c.package.child.parentId}`}>
                        {c.package.child.parent.email ?? t.family.open}
                      </Link>
                      <br />
                      {PACKAGES[c.package.packageCode as PackageCode].name},{' '}
                      {formatMoney(c.package.amountPaid, c.currency, locale)}
                    </td>
                    <td>{c.kind === 'WITHDRAWAL' ? t.withdrawal : t.resignation(c.unusedMonths)}</td>
                    <td>{formatDateTime(c.filedAt, locale)}</td>
                    <td>{formatDateTime(c.effectiveAt, locale)}</td>
                    <td>
                      <span className="whitespace-nowrap">{formatMoney(c.refundAmount, c.currency, locale)}</span>
                      {c.siblingDiscountLoss !== 0 && (
                        <span className="block text-sm text-slate-700" data-testid="cancellation-sibling">
                          {
                            describeSiblingAdjustment(
                              c.kind,
                              c.refundAmount + c.siblingDiscountLoss,
                              c.siblingDiscountLoss,
                              c.currency,
                            )?.sum
                          }
                        </span>
                      )}
                    </td>
                    <td>
                      {c.status === 'PENDING' && mayRefund ? (
                        <CancellationRefundForm
                          cancellationId={c.id}
                          amount={formatMoney(c.refundAmount, c.currency, locale)}
                          email={c.package.child.parent.email ?? '—'}
                          access={
                            c.effectiveAt.getTime() <= now.getTime()
                              ? t.refundAccessEnded(c.package.child.fullName, formatDateTime(c.effectiveAt, locale))
                              : t.refundAccessUntil(c.package.child.fullName, formatLastDay(c.effectiveAt, locale))
                          }
                          sibling={
                            describeSiblingAdjustment(
                              c.kind,
                              c.refundAmount + c.siblingDiscountLoss,
                              c.siblingDiscountLoss,
                              c.currency,
                            )?.sum ?? null
                          }
                        />
                      ) : c.status === 'PENDING' ? (
                        m.staff.awaitingAccounting
                      ) : c.status === 'REFUNDED' ? (
                        t.refunded
                      ) : (
                        t.noRefund
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </section>

      <section aria-labelledby="klasy" className="card space-y-3">
        <h2 id="klasy" className="h2">
          {t.classRequests}
        </h2>
        {requests.length === 0 ? (
          <p className="muted">{t.noClassRequests}</p>
        ) : (
          <ul className="space-y-3">
            {requests.map((r) => {
              const base = classForBirthYear(r.birthYear, year);
              const to =
                base.ok && r.requestedShift !== null
                  ? (shiftedClassName(base.classNumber, r.requestedShift, locale) ?? '?')
                  : '?';
              return (
                <li key={r.id} className="flex flex-wrap items-center gap-3">
                  <span>
                    {t.classRequest(
                      r.fullName,
                      r.birthYear,
                      base.ok ? className(base.classNumber, locale) : base.message,
                    )}{' '}
                    <strong>{to}</strong>;{' '}
                    <Link className="link" href={`/panel/rodziny/${r.parentId}`}>
                      {r.parent.email ?? t.family.open}
                    </Link>
                  </span>
                  {mayDecide && (
                    <>
                      <ActionForm
                        action={decideClassChange}
                        hidden={{ childId: r.id, decision: 'approve' }}
                        submit={t.approve}
                        className="inline"
                        buttonClass="btn-primary"
                      />
                      <ActionForm
                        action={decideClassChange}
                        hidden={{ childId: r.id, decision: 'reject' }}
                        submit={t.reject}
                        className="inline"
                        buttonClass="btn-secondary"
                      />
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="kursy" className="card space-y-3">
        <h2 id="kursy" className="h2">
          {t.rates}
        </h2>
        <p className="text-sm text-slate-700">{t.ratesIntro}</p>
        {can(user.roles, 'families:rates') && <RateForm today={warsawDateKey(now)} />}
        {rates.length > 0 && (
          <ScrollTable label={t.ratesTable}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t.colDate}</th>
                  <th scope="col">{t.colCurrency}</th>
                  <th scope="col">{t.colRate}</th>
                  <th scope="col">{t.colSource}</th>
                </tr>
              </thead>
              <tbody>
                {rates.map((r) => (
                  <tr key={r.id}>
                    <td>{formatDate(r.effectiveOn, locale)}</td>
                    <td>{r.currency}</td>
                    <td>{formatRate(r.plnPerUnitTimes10000)}</td>
                    <td>{rateSourceLabel(r.source)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </section>
    </div>
  );
}
