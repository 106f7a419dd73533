// A contract's facts for staff: who pays and studies, the plan, the frozen dunning policy, dates.
import Link from 'next/link';
import { formatDate, formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import type { StaffContractPage } from '@/lib/billing/queries/staff-page';
import { currentLocale } from '@/lib/locale/current';

export async function StaffContractFacts({ contract: c }: { contract: StaffContractPage['contract'] }) {
  const locale = await currentLocale();
  const m = messages(locale);
  const t = m.billingPanel.detail;
  const rows: [string, React.ReactNode][] = [
    [
      t.payer,
      <>
        <Link className="link" href={`/panel/uzytkownicy/${c.payer.id}`}>
          {c.payer.firstName} {c.payer.lastName}
        </Link>{' '}
        · {c.payer.email}
      </>,
    ],
    [t.beneficiary, `${c.beneficiary.firstName} ${c.beneficiary.lastName}`],
    [t.offer, `${c.offer.title} (${c.planCode})`],
    [t.plan, `${m.billingAccount.planKind[c.planKind]} · ${m.billingAccount.termination[c.termination]}`],
    [
      t.payMethod,
      c.payMethod === 'CARD' && c.cardLabel
        ? `${m.billingPanel.payMethod.CARD} ${c.cardLabel}`
        : m.billingPanel.payMethod[c.payMethod],
    ],
    [
      t.policy,
      t.policyText({
        reminders: c.reminderOffsets.join(', '),
        suspend: c.suspendOffset,
        demand: c.demandOffset,
        notice: c.noticeOffset,
        terminate: c.terminateOffset,
        void: c.voidOffset,
      }),
    ],
    [t.signed, formatDateTime(c.signedAt, locale)],
    [t.terms, c.termsVersion],
    [t.consent, c.immediateStartConsent ? t.yes : t.no],
  ];
  if (c.activatedAt) rows.push([t.activated, formatDateTime(c.activatedAt, locale)]);
  if (c.paidThrough) rows.push([t.paidThrough, formatDate(c.paidThrough, locale)]);
  if (c.endsOn) rows.push([t.endsOn, formatDate(c.endsOn, locale)]);
  if (c.endedAt)
    rows.push([
      t.ended,
      `${formatDateTime(c.endedAt, locale)}${c.endReason ? ` (${m.billingAccount.endReason[c.endReason] ?? c.endReason})` : ''}`,
    ]);
  for (const d of c.discounts)
    rows.push([
      t.discounts,
      `${d.type === 'CODE' ? m.billingAccount.detail.discountType.CODE(d.code?.code ?? '') : m.billingAccount.detail.discountType[d.type]} · ${m.billingAccount.detail.discountStatus[d.status]}`,
    ]);
  return (
    <section className="card">
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        {rows.map(([k, v], i) => (
          <div key={i} className="contents">
            <dt className="font-medium">{k}</dt>
            <dd className="break-words">{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
