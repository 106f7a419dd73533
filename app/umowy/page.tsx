import type { Metadata } from 'next';
import { listOffers } from '@/lib/billing/queries/offers';
import { messages } from '@/lib/i18n';
import { PageHeader } from '@/components/forms/page-header';
import { OfferCard } from '@/components/billing/offer-card';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).billingAccount.offers.title };
}
export const dynamic = 'force-dynamic';

// The offers anyone can sign: monthly, per period of classes, instalments, pro-forma.
export default async function OffersPage() {
  const locale = await currentLocale();
  const t = messages(locale).billingAccount.offers;
  const offers = await listOffers();
  return (
    <div className="space-y-6">
      <PageHeader title={t.title} intro={t.intro} />
      {offers.length === 0 ? (
        <p className="card">{t.none}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {offers.map((o) => (
            <OfferCard key={o.id} offer={o} />
          ))}
        </ul>
      )}
    </div>
  );
}
