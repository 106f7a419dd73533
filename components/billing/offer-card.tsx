// One offer in the public list (/umowy): what it is, how it is paid, what it costs.
import Link from 'next/link';
import { messages } from '@/lib/i18n';
import type { OfferRow } from '@/lib/billing/queries/offers';
import { offerHref } from './offer-href';
import { offerPrice } from './labels';
import { currentLocale } from '@/lib/locale/current';

export async function OfferCard({
  offer,
}: {
  offer: OfferRow & { course: { title: string } | null; liveGroup: { title: string } | null };
}) {
  const locale = await currentLocale();
  const t = messages(locale).billingAccount;
  const about = offer.liveGroup?.title ?? offer.course?.title;
  return (
    <li className="card flex flex-col gap-3" data-testid="offer">
      <h2 className="h2">{offer.title}</h2>
      {about && <p className="text-sm text-slate-700">{about}</p>}
      <p className="text-sm text-slate-600">{t.planKind[offer.planKind]}</p>
      <p className="text-lg font-semibold">{offerPrice(offer, locale)}</p>
      <p className="mt-auto">
        {/* Matplaneta Live and the language school are signed on their own pages. */}
        <Link href={offerHref(offer)} className="btn-primary inline-block">
          {t.offers.choose}
        </Link>
      </p>
    </li>
  );
}
