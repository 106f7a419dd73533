// The GET form of /rodzina/pakiety: per child a fieldset with the package cards, "no package"
// and the add-ons; submitting it recalculates the summary (search params, no server action).
import type { ChildPackagesView } from '@/lib/families/package-page';
import { messages } from '@/lib/i18n';
import { PackageOfferCard } from '@/components/families/package-offer';
import { PackageAddOns } from '@/components/families/package-add-ons';
import { ExamsList } from '@/components/families/exams-list';
import { currentLocale } from '@/lib/locale/current';

async function ChildPackages({ child }: { child: ChildPackagesView }) {
  const locale = await currentLocale();
  const t = messages(locale).families.packagesPage;
  return (
    <fieldset className="card space-y-4" data-testid={`packages-${child.login}`}>
      <legend className="h2 px-1">{child.fullName}</legend>
      <p className="text-sm text-slate-700">{t.childLine(child.birthYear, child.classLabel)}</p>
      {child.paid ? (
        <div className="space-y-3" data-testid="paid-package">
          {child.purchased && (
            <>
              <h3 className="text-lg font-semibold">{child.purchased.heading}</h3>
              <p className="text-sm">
                <span className="font-medium">{messages(locale).families.paidPackage.subjects}:</span>{' '}
                {child.purchased.subjects.join(', ')}
              </p>
              {child.purchased.exams && <ExamsList exams={child.purchased.exams} as="h4" />}
            </>
          )}
          <p className="font-medium">{t.paidLocked}</p>
        </div>
      ) : (
        <>
          <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
            {child.offers.map((offer) => (
              <PackageOfferCard key={offer.code} offer={offer} childId={child.id} childName={child.fullName} />
            ))}
          </div>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name={`pkg_${child.id}`}
              value=""
              defaultChecked={child.noPackage}
              className="h-4 w-4"
            />
            {t.noPackage}
            <span className="sr-only">{t.forChild(child.fullName)}</span>
          </label>
          {child.addOns && <PackageAddOns addOns={child.addOns} childId={child.id} />}
        </>
      )}
    </fieldset>
  );
}

export async function PackageChooser({ items }: { items: ChildPackagesView[] }) {
  const locale = await currentLocale();
  const t = messages(locale).families.packagesPage;
  return (
    <form method="get" className="space-y-8">
      {items.map((child) => (
        <ChildPackages key={child.id} child={child} />
      ))}
      {items.some((child) => !child.paid) && (
        <button type="submit" className="btn-primary">
          {t.recalculate}
        </button>
      )}
    </form>
  );
}
