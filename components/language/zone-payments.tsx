// The zone's payments: per contract its state in plain words, what is open (overdue first, with
// "Zapłać teraz" where it can be paid now) and the link to the contract's own page.
import { messages, type Locale } from '@/lib/i18n';
import { formatDate } from '@/lib/format/time';
import { formatMoney } from '@/lib/format/money';
import { chargePayPath } from '@/lib/billing/payments/link';
import { accountContractPath } from '@/lib/billing/queries/paths';
import type { ZoneCharge, ZoneContract } from '@/lib/language/zone/payments';
import { Notice } from '@/components/forms/notice';
import { currentLocale } from '@/lib/locale/current';
import { withContent } from '@/components/locale/with-content';
import { PROGRAMME_LANGUAGE } from '@/lib/language/programme-language';

export function chargeLine(c: ZoneCharge, locale: Locale): string {
  const t = messages(locale).languageZone;
  const amount = formatMoney(c.amount, c.currency, locale);
  return c.state.kind === 'overdue'
    ? t.overdueCharge(c.label, amount, formatDate(c.dueDate, locale), c.state.days)
    : t.nextCharge(c.label, amount, formatDate(c.dueDate, locale));
}

export async function ChargeList({ charges }: { charges: ZoneCharge[] }) {
  const locale = await currentLocale();
  const t = messages(locale).languageZone;
  return (
    <ul className="space-y-2">
      {charges.map((c) => (
        <li key={c.id} className="flex flex-wrap items-center justify-between gap-2" data-testid="zone-charge">
          <span className={c.state.kind === 'overdue' ? 'font-medium text-red-800' : ''}>
            {/* The charge's label is stored as written, in Polish. */}
            {withContent((label) => chargeLine({ ...c, label }, locale), <span lang="pl">{c.label}</span>)}
          </span>
          {c.payable && (
            <a href={chargePayPath(c.id)} className="btn-primary text-sm" data-testid="zone-pay">
              {t.pay}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}

export async function ZonePayments({ contracts }: { contracts: ZoneContract[] }) {
  const locale = await currentLocale();
  const t = messages(locale).languageZone;
  if (contracts.length === 0) return null;
  return (
    <section className="space-y-3" aria-labelledby="zone-payments">
      <h2 id="zone-payments" className="h2">
        {t.payments}
      </h2>
      {contracts.map((c) => (
        <div key={c.id} className="card space-y-3" data-testid="zone-contract">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="font-semibold">
              {t.contract(c.number)} · <span lang={PROGRAMME_LANGUAGE}>{c.title}</span>
            </h3>
            {c.ownPayer && (
              <a href={accountContractPath(c.number)} className="link text-sm">
                {t.contractLink}
              </a>
            )}
          </div>
          {c.explained ? (
            <Notice tone={c.explained.tone} as="div" small>
              {c.explained.lines.map((l) => (
                <p key={l}>{l}</p>
              ))}
            </Notice>
          ) : (
            <p className="muted text-sm">{t.paidByOther}</p>
          )}
          {c.ownPayer &&
            (c.open.length === 0 ? (
              <p className="muted text-sm">{t.noOpenCharges}</p>
            ) : (
              <ChargeList charges={c.open} />
            ))}
        </div>
      ))}
    </section>
  );
}
