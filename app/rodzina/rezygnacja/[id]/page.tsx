import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { describeSiblingAdjustment, previewCancellation } from '@/lib/settlement/family-cancellations';
import { formatMoney } from '@/lib/format/money';
import { formatLastDay } from '@/lib/format/time';
import { cancelPackage } from '@/lib/actions/families/cancel';
import { messages } from '@/lib/i18n';
import { ActionForm } from '@/components/forms/action-form';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).families.cancelPage.metaTitle };
}
export const dynamic = 'force-dynamic';

export default async function CancelPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await currentLocale();
  const { id } = pageParams(await params);
  const user = await requirePermission('families:manage-own', `/rodzina/rezygnacja/${id}`);
  const m = messages(locale);
  const t = m.families.cancelPage;
  const p = await previewCancellation(user.id, id, undefined, locale);
  if (!p) notFound();
  const r = p.resignation;
  const ws = describeSiblingAdjustment(
    'WITHDRAWAL',
    p.withdrawal.refundMinor,
    p.withdrawal.sibling.lossMinor,
    p.currency,
    locale,
  );
  const rs = describeSiblingAdjustment('RESIGNATION', r.refundMinor, r.sibling.lossMinor, p.currency, locale);
  // Both ends are midnights, exclusive: name the last whole day instead ("do 5 grudnia włącznie").
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p>
        <Link href="/rodzina" className="link text-sm">
          {m.families.backToFamily}
        </Link>
      </p>
      <h1 className="h1">{t.title(p.packageName, p.childName)}</h1>
      <p>{t.paid(formatMoney(p.amountPaid, p.currency, locale))}</p>
      {p.withdrawal.allowed && (
        <section className="card space-y-3" aria-labelledby="odstapienie">
          <h2 id="odstapienie" className="h2">
            {t.withdrawalHeading}
          </h2>
          <p>
            {t.withdrawalBody(formatLastDay(p.withdrawal.until, locale))}{' '}
            <strong data-testid="withdrawal-refund">{formatMoney(p.withdrawal.refundMinor, p.currency, locale)}</strong>
            {t.withdrawalAfter}
          </p>
          {ws && (
            <p data-testid="withdrawal-sibling">
              <strong>{ws.sum}</strong> <span className="text-sm text-slate-700">{ws.reason}</span>
            </p>
          )}
          <ActionForm
            action={cancelPackage}
            hidden={{ packageId: p.packageId, kind: 'WITHDRAWAL' }}
            submit={t.withdraw}
            buttonClass="btn-danger"
          />
        </section>
      )}
      <section className="card space-y-3" aria-labelledby="rezygnacja">
        <h2 id="rezygnacja" className="h2">
          {t.resignationHeading}
        </h2>
        <p>{t.resignationBody(formatLastDay(r.effectiveAt, locale))}</p>
        <p>
          {t.refundFormula(formatMoney(p.amountPaid, p.currency, locale), r.unusedMonths)}{' '}
          <strong data-testid="resignation-refund">{formatMoney(r.refundMinor, p.currency, locale)}</strong>.
        </p>
        <p className="text-sm text-slate-700">
          {r.message} {t.refundVia}
        </p>
        {rs && (
          <p data-testid="resignation-sibling">
            <strong>{rs.sum}</strong> <span className="text-sm text-slate-700">{rs.reason}</span>
          </p>
        )}
        <ActionForm
          action={cancelPackage}
          hidden={{ packageId: p.packageId, kind: 'RESIGNATION' }}
          submit={t.resign}
          buttonClass="btn-danger"
        />
      </section>
    </div>
  );
}
