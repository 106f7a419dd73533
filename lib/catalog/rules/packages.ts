// Choosing a package for N people, the one-per-line quantity rule and the price of a top-up.
// Source: planeta-zakup-grupowy.txt, krok 1 ("60 pracowników → pakiet dla 100 Użytkowników";
// spare accounts stay for later), so a group buys one package, never 3 × 30 instead of 100.

export type PackageOffer = { id: string; seats: number; priceGross: number };

export type Recommendation =
  | { offer: PackageOffer; perPersonGross: number; spareSeats: number }
  | { reason: 'invalidPeople' | 'tooMany'; largest: number };

/**
 * The offer for `people` people: among the offers with at least that many seats, the cheapest in
 * total (a bigger package can cost less than a smaller one), the smaller one on a tie. Price per
 * person is the total divided by the people it is bought for, rounded to the grosz.
 */
export function recommendPackage(people: number, offers: readonly PackageOffer[]): Recommendation {
  const largest = Math.max(0, ...offers.map((o) => o.seats));
  if (!Number.isInteger(people) || people < 1) return { reason: 'invalidPeople', largest };
  const fitting = offers.filter((o) => o.seats >= people);
  if (fitting.length === 0) return { reason: 'tooMany', largest };
  const offer = fitting.reduce((best, o) =>
    o.priceGross < best.priceGross || (o.priceGross === best.priceGross && o.seats < best.seats) ? o : best,
  );
  return { offer, perPersonGross: Math.round(offer.priceGross / people), spareSeats: offer.seats - people };
}

/** Every cart line is bought once: a bigger group buys a bigger package or a top-up, not copies. */
export function quantityRefusal(quantity: number): 'quantityOne' | null {
  return quantity === 1 ? null : 'quantityOne';
}

export const MIN_TOP_UP_SEATS = 5;
export const MAX_TOP_UP_SEATS = 1000;

export type TopUpPrice =
  { tier: PackageOffer; perSeatGross: number; totalGross: number } | { reason: 'seatsRange' | 'noTier' };

/**
 * A top-up of `added` seats to a group of `groupSeats`: every added seat costs the per-seat price
 * of the largest package the group reaches with them (a group of 100 adding 20 pays the
 * 100-package's per-seat price; a group of 30 adding 80 reaches 110 and pays it too); the
 * smallest package prices groups below it.
 * At least MIN_TOP_UP_SEATS seats, so a top-up is always a group line (seats > 1) downstream.
 */
export function topUpPrice(groupSeats: number, added: number, offers: readonly PackageOffer[]): TopUpPrice {
  if (!Number.isInteger(added) || added < MIN_TOP_UP_SEATS || added > MAX_TOP_UP_SEATS) return { reason: 'seatsRange' };
  const packages = offers.filter((o) => o.seats > 1).sort((a, b) => a.seats - b.seats);
  if (packages.length === 0) return { reason: 'noTier' };
  const total = groupSeats + added;
  const tier = packages.filter((o) => o.seats <= total).at(-1) ?? packages[0];
  const perSeatGross = Math.round(tier.priceGross / tier.seats);
  return { tier, perSeatGross, totalGross: perSeatGross * added };
}
