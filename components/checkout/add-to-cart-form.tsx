'use client';
// The course page's purchase box: "how many people?" recommends a package (60 → 100), and the
// price shown is always the chosen option's, with the price per person (one package, no copies).
import { useState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { SelectField } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { addToCart } from '@/lib/actions/checkout/add-to-cart';
import { recommendPackage, type PackageOffer } from '@/lib/catalog/rules/packages';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export type PurchaseOption = PackageOffer & { label: string; name: string };

export function AddToCartForm({ offers, currency }: { offers: PurchaseOption[]; currency: string }) {
  const locale = useLocale();
  const m = messages(locale);
  const t = m.checkout.addToCart;
  const c = m.course;
  const f = useFormAction(addToCart);
  const [offerId, setOfferId] = useState(f.value('offerId', offers[0]?.id ?? ''));
  const [people, setPeople] = useState('');
  const chosen = offers.find((o) => o.id === offerId) ?? offers[0];
  const count = people.trim() === '' ? null : Number(people);
  const advice = count === null ? null : recommendPackage(count, offers);

  function choosePeople(value: string) {
    setPeople(value);
    const r = value.trim() === '' ? null : recommendPackage(Number(value), offers);
    if (r && 'offer' in r) setOfferId(r.offer.id);
  }

  // Per person for the people given when the chosen option covers them, else per seat of it.
  const perPerson =
    chosen && chosen.seats > 1
      ? count && Number.isInteger(count) && count >= 1 && count <= chosen.seats
        ? c.perPerson(formatMoney(Math.round(chosen.priceGross / count), currency, locale))
        : c.perSeat(formatMoney(Math.round(chosen.priceGross / chosen.seats), currency, locale), chosen.seats)
      : null;

  return (
    <form action={f.action} className="space-y-4" data-testid="purchase-box">
      <FormMessage state={f.state} />
      {offers.length > 1 && (
        <div>
          <label htmlFor="people" className="label">
            {c.people}
          </label>
          <input
            id="people"
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={people}
            onChange={(e) => choosePeople(e.target.value)}
            className="input w-32"
            aria-describedby="people-hint people-advice"
          />
          <p id="people-hint" className="mt-1 text-sm text-slate-600">
            {c.peopleHint}
          </p>
          <p id="people-advice" className="mt-1 text-sm font-medium text-brand-800" aria-live="polite">
            {advice &&
              ('offer' in advice
                ? c.recommended(
                    offers.find((o) => o.id === advice.offer.id)?.name ?? '',
                    advice.offer.seats > 1 ? advice.spareSeats : 0,
                  )
                : advice.reason === 'tooMany'
                  ? c.tooMany(advice.largest)
                  : c.invalidPeople)}
          </p>
        </div>
      )}
      <SelectField
        id="offerId"
        name="offerId"
        label={t.offer}
        value={offerId}
        onChange={(e) => setOfferId(e.target.value)}
        error={f.error('offerId')}
        options={offers.map((o) => ({ value: o.id, label: o.label }))}
      />
      {chosen && (
        <div aria-live="polite" data-testid="price-box">
          <p className="text-3xl font-bold" data-testid="price">
            {formatMoney(chosen.priceGross, currency, locale)}
          </p>
          <p className="text-sm text-slate-600">{chosen.seats > 1 ? c.packageNote : c.priceNote}</p>
          {perPerson && (
            <p className="mt-1 font-medium" data-testid="price-per-person">
              {perPerson}
            </p>
          )}
        </div>
      )}
      <SubmitButton>{t.submit}</SubmitButton>
    </form>
  );
}
