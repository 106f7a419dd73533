// One package card in a child's choice: price, ages, subjects, what it includes, and the radio
// (or the reason the child cannot take it).
import type { PackageOffer } from '@/lib/families/package-page';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function PackageOfferCard({
  offer,
  childId,
  childName,
}: {
  offer: PackageOffer;
  childId: string;
  childName: string;
}) {
  const locale = await currentLocale();
  const t = messages(locale).families.packagesPage;
  return (
    <section className="flex flex-col gap-2 rounded-lg border border-slate-200 p-4 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
      <h3 className="font-semibold">{offer.name}</h3>
      <p className="text-2xl font-bold">{offer.price}</p>
      <p className="text-sm">{t.ages(offer.ages.min, offer.ages.max, offer.hasClasses)}</p>
      <p className="text-sm font-medium">{t.subjects(offer.classLabel)}</p>
      <ul className="list-disc pl-5 text-sm">
        {offer.subjects.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <ul className="list-disc pl-5 text-sm text-slate-700">
        {offer.includes.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
      <div className="mt-auto pt-2">
        {offer.selectable ? (
          <label className="flex items-center gap-2 text-sm font-semibold">
            <input
              type="radio"
              name={`pkg_${childId}`}
              value={offer.code}
              defaultChecked={offer.checked}
              className="h-4 w-4"
            />
            {t.choose(offer.name)}
            <span className="sr-only">{t.forChild(childName)}</span>
          </label>
        ) : (
          <p className="text-sm text-red-700" data-testid="age-refusal">
            {offer.refusal}
          </p>
        )}
      </div>
    </section>
  );
}
