// What a contract is, for its payer: the product, who studies, when it was signed, how it is paid,
// and the discounts with their verification state.
import { formatDate } from '@/lib/format/time';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import type { MyContract } from '@/lib/billing/queries/payer';
import { currentLocale } from '@/lib/locale/current';

export async function ContractFacts({ contract: c }: { contract: MyContract }) {
  const locale = await currentLocale();
  const t = messages(locale).billingAccount;
  const d = t.detail;
  return (
    <section className="card">
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{d.offer}</dt>
        {/* The offer's title is stored as written, in Polish. */}
        <dd lang="pl">{c.offer.title}</dd>
        <dt className="font-medium">{d.who}</dt>
        <dd>
          {c.beneficiary.firstName} {c.beneficiary.lastName}
        </dd>
        <dt className="font-medium">{d.signed}</dt>
        <dd>{formatDate(c.signedAt, locale)}</dd>
        <dt className="font-medium">{d.plan}</dt>
        <dd>
          {t.planKind[c.planKind]} · {t.termination[c.termination]}
        </dd>
        <dt className="font-medium">{d.payMethod}</dt>
        <dd>{c.payMethod === 'CARD' && c.cardLabel ? d.card(c.cardLabel) : d.payMethods[c.payMethod]}</dd>
        {c.discounts.length > 0 && (
          <>
            <dt className="font-medium">{d.discounts}</dt>
            <dd>
              <ul>
                {c.discounts.map((x) => (
                  <li key={x.id}>
                    {x.type === 'CODE' ? d.discountType.CODE(x.code?.code ?? '') : d.discountType[x.type]} ·{' '}
                    {formatMoney(x.total, c.currency, locale)} · {d.discountStatus[x.status]}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
