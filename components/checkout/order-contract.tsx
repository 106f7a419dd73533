// "Twoja umowa" on the buyer's order page: what the contract confirmation e-mail said — the terms
// version accepted, the early-start request, the withdrawal right — and its documents as PDFs.
import { messages } from '@/lib/i18n';
import type { ContractView } from '@/lib/orders/order-page';
import { currentLocale } from '@/lib/locale/current';

export async function OrderContract({ contract }: { contract: ContractView | null }) {
  const locale = await currentLocale();
  if (!contract) return null;
  const t = messages(locale).contract.page;
  return (
    <section className="card space-y-3" aria-labelledby="umowa" data-testid="order-contract">
      <h2 id="umowa" className="h2">
        {t.heading}
      </h2>
      <p>{contract.terms}</p>
      <p>
        <span className="font-medium">{t.consentLabel}</span> {contract.consent}
      </p>
      {contract.statements.map((s) => (
        <p key={s} className="text-slate-700">
          {s}
        </p>
      ))}
      <p className="text-sm font-medium">{t.documentsLabel}</p>
      <ul className="list-disc space-y-1 pl-6">
        {contract.documents.map((d) => (
          <li key={d.kind}>
            <a href={d.href} className="link" hrefLang="pl">
              {d.label}
            </a>
            {locale !== 'pl' && <span className="text-slate-600"> ({t.original})</span>}
            {d.copyHref && (
              <>
                {' · '}
                <a href={d.copyHref} className="link" hrefLang={locale} data-testid={`copy-${d.kind}`}>
                  {t.copyLink}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
      {locale !== 'pl' && <p className="text-sm text-slate-600">{t.copiesNote}</p>}
      {contract.pointToWithdrawal && <p className="text-sm text-slate-600">{t.withdrawHint}</p>}
    </section>
  );
}
