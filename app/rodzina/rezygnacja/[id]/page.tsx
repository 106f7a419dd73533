import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { describeSiblingAdjustment, previewCancellation } from '@/lib/settlement/family-cancellations';
import { formatMoney } from '@/lib/format/money';
import { formatLastDay } from '@/lib/format/time';
import { cancelPackage } from '@/lib/actions/families/cancel';
import { ActionForm } from '@/components/forms/action-form';

export const metadata: Metadata = { title: 'Rezygnacja z pakietu' };
export const dynamic = 'force-dynamic';

export default async function CancelPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission('families:manage-own', `/rodzina/rezygnacja/${id}`);
  const p = await previewCancellation(user.id, id);
  if (!p) notFound();
  const r = p.resignation;
  const ws = describeSiblingAdjustment(
    'WITHDRAWAL',
    p.withdrawal.refundMinor,
    p.withdrawal.sibling.lossMinor,
    p.currency,
  );
  const rs = describeSiblingAdjustment('RESIGNATION', r.refundMinor, r.sibling.lossMinor, p.currency);
  // Both ends are midnights, exclusive: name the last whole day instead ("do 5 grudnia włącznie").
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p>
        <Link href="/rodzina" className="link text-sm">
          ← Moja rodzina
        </Link>
      </p>
      <h1 className="h1">
        {p.packageName}: {p.childName}
      </h1>
      <p>Zapłacono {formatMoney(p.amountPaid, p.currency)}.</p>
      {p.withdrawal.allowed && (
        <section className="card space-y-3" aria-labelledby="odstapienie">
          <h2 id="odstapienie" className="h2">
            Odstąpienie od umowy (pełny zwrot)
          </h2>
          <p>
            Do {formatLastDay(p.withdrawal.until)} włącznie (14 dni od zapłaty) możesz odstąpić od umowy bez podania
            przyczyny. Zwrot:{' '}
            <strong data-testid="withdrawal-refund">{formatMoney(p.withdrawal.refundMinor, p.currency)}</strong>. Dostęp
            dziecka kończy się od razu.
          </p>
          {ws && (
            <p data-testid="withdrawal-sibling">
              <strong>{ws.sum}</strong> <span className="text-sm text-slate-700">{ws.reason}</span>
            </p>
          )}
          <ActionForm
            action={cancelPackage}
            hidden={{ packageId: p.packageId, kind: 'WITHDRAWAL' }}
            submit="Odstępuję od umowy"
            buttonClass="btn-danger"
          />
        </section>
      )}
      <section className="card space-y-3" aria-labelledby="rezygnacja">
        <h2 id="rezygnacja" className="h2">
          Rezygnacja w trakcie roku
        </h2>
        <p>
          Rezygnacja działa z końcem miesiąca, w którym ją składasz: dziecko ma dostęp do {formatLastDay(r.effectiveAt)}{' '}
          włącznie.
        </p>
        <p>
          Zwrot za niewykorzystane miesiące: {formatMoney(p.amountPaid, p.currency)} ÷ 10 × {r.unusedMonths} ={' '}
          <strong data-testid="resignation-refund">{formatMoney(r.refundMinor, p.currency)}</strong>.
        </p>
        <p className="text-sm text-slate-700">
          {r.message} Zwrot prześlemy przez PayU na konto, z którego przyszła płatność.
        </p>
        {rs && (
          <p data-testid="resignation-sibling">
            <strong>{rs.sum}</strong> <span className="text-sm text-slate-700">{rs.reason}</span>
          </p>
        )}
        <ActionForm
          action={cancelPackage}
          hidden={{ packageId: p.packageId, kind: 'RESIGNATION' }}
          submit="Potwierdzam rezygnację"
          buttonClass="btn-danger"
        />
      </section>
    </div>
  );
}
