// One offer in the public list (/umowy): what it is, how it is paid, what it costs.
import Link from 'next/link';
import { messages } from '@/lib/i18n';
import type { OfferRow } from '@/lib/billing/queries/offers';
import { offerPath } from '@/lib/billing/queries/paths';
import { LIVE_MATHS_PATH } from '@/lib/live-maths/paths';
import { offerPrice } from './labels';

export function OfferCard({
  offer,
}: {
  offer: OfferRow & { course: { title: string } | null; liveGroup: { title: string } | null };
}) {
  const t = messages().billingAccount;
  const about = offer.liveGroup?.title ?? offer.course?.title;
  return (
    <li className="card flex flex-col gap-3" data-testid="offer">
      <h2 className="h2">{offer.title}</h2>
      {about && <p className="text-sm text-slate-700">{about}</p>}
      <p className="text-sm text-slate-600">{t.planKind[offer.planKind]}</p>
      <p className="text-lg font-semibold">{offerPrice(offer)}</p>
      <p className="mt-auto">
        {/* Matplaneta Live is ordered on its course page: group, child, first Abonament. */}
        <Link
          href={offer.product === 'live' && offer.liveGroup ? LIVE_MATHS_PATH : offerPath(offer.slug)}
          className="btn-primary inline-block"
        >
          {t.offers.choose}
        </Link>
      </p>
    </li>
  );
}
