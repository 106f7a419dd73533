import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { currentTime } from '@/lib/clock/clock';
import { pageParams } from '@/lib/http/ids';
import { formatDate } from '@/lib/format/time';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { myContractPage } from '@/lib/billing/queries/contract-page';
import { ACCOUNT_CONTRACTS_PATH } from '@/lib/billing/queries/paths';
import { PageHeader } from '@/components/forms/page-header';
import { Notice } from '@/components/forms/notice';
import { StatusBadge } from '@/components/billing/labels';
import { PayerCharges } from '@/components/billing/payer-charges';
import { ContractFacts } from '@/components/billing/contract-facts';
import { EndContract } from '@/components/billing/end-contract';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).billingAccount.list.title };
}

// One of the payer's contracts: its state in plain words, the schedule, paying, ending it.
export default async function MyContractPage({
  params,
  searchParams,
}: {
  params: Promise<{ number: string }>;
  searchParams: Promise<{ zawarta?: string; wypowiedziano?: string }>;
}) {
  const locale = await currentLocale();
  const { number } = pageParams(await params);
  const user = await requirePermission('orders:read-own', `${ACCOUNT_CONTRACTS_PATH}/${number}`);
  const page = await myContractPage(user.id, number, currentTime(), locale); // someone else's is not found
  if (!page) notFound();
  const { contract, explained, quote } = page;
  const t = messages(locale).billingAccount;
  const { zawarta: signed, wypowiedziano: noticed } = await searchParams;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t.detail.title(contract.number)}
        back={{ href: ACCOUNT_CONTRACTS_PATH, label: t.detail.back }}
        actions={<StatusBadge status={contract.status} />}
      />
      {signed && (
        <Notice tone="success" role="status">
          {contract.payMethod === 'TRANSFER' ? t.detail.transferNotice : t.detail.signedNotice}
        </Notice>
      )}
      {noticed && (
        <Notice tone="success" role="status">
          {contract.endReason === 'withdrawal' ? t.end.doneWithdrawal : t.end.done}
        </Notice>
      )}
      <Notice tone={explained.tone} as="div" data-testid="contract-explained">
        {explained.lines.map((l) => (
          <p key={l}>{l}</p>
        ))}
      </Notice>
      <ContractFacts contract={contract} />
      <section className="card space-y-3" aria-labelledby="harmonogram">
        <h2 id="harmonogram" className="h2">
          {t.detail.schedule}
        </h2>
        <PayerCharges charges={page.charges} payable={page.payable} />
      </section>
      {quote && (
        <section className="card space-y-3" aria-labelledby="koniec">
          <h2 id="koniec" className="h2">
            {t.end.title}
          </h2>
          <p className="muted text-sm">{t.end.intro}</p>
          <EndContract
            contractId={contract.id}
            endsOn={formatDate(new Date(`${quote.endsOn}T00:00:00Z`), locale)}
            refund={quote.refund > 0 ? formatMoney(quote.refund, contract.currency, locale) : null}
            owed={quote.owed > 0 ? formatMoney(quote.owed, contract.currency, locale) : null}
            kind={{ withdrawal: page.withdrawal }}
            lines={quote.lines.map((l) => ({
              label: l.label,
              amount: formatMoney(l.amount, contract.currency, locale),
            }))}
          />
        </section>
      )}
    </div>
  );
}
