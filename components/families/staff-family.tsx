// The body of a family's staff page (app/panel/rodziny/[id]): the parent, the children with their
// classes and packages this school year, and links to the family's orders.
import Link from 'next/link';
import type { familyForStaff } from '@/lib/families/staff-family';
import { childClass } from '@/lib/families/children';
import { className } from '@/lib/families/rules/class-table';
import { schoolYearLabel, type SchoolYear } from '@/lib/families/rules/school-year';
import { PACKAGES, type PackageCode } from '@/lib/families/rules/packages';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

type Family = NonNullable<Awaited<ReturnType<typeof familyForStaff>>>;

export async function StaffFamily({ family, year }: { family: Family; year: SchoolYear }) {
  const locale = await currentLocale();
  const t = messages(locale).panel.families.family;
  const name = `${family.firstName} ${family.lastName}`;
  return (
    <>
      <section className="card grid gap-2 text-sm sm:grid-cols-2" aria-label={t.parent}>
        <p>
          <span className="font-medium">{t.parent}:</span> {name}
        </p>
        <p>
          <span className="font-medium">{t.contact}:</span>{' '}
          {[family.email, family.phone, family.country].filter(Boolean).join(' · ') || '—'}
        </p>
      </section>
      <section className="card space-y-2" aria-labelledby="dzieci">
        <h2 id="dzieci" className="h2">
          {t.children}
        </h2>
        {family.children.length === 0 ? (
          <p className="muted">{t.noChildren}</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {family.children.map((c) => {
              const cls = childClass(c, year);
              return (
                <li key={c.id}>
                  <p className="font-medium">
                    {t.child(c.fullName, c.birthYear, cls.ok ? className(cls.classNumber) : cls.message)}
                  </p>
                  <p className="text-slate-700">
                    {t.packages}:{' '}
                    {c.packages.length === 0
                      ? t.noPackages
                      : c.packages
                          .map(
                            (p) =>
                              `${PACKAGES[p.packageCode as PackageCode].name} ${schoolYearLabel({ startYear: p.schoolYear })}`,
                          )
                          .join(', ')}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
        {family.orders.length > 0 && (
          <p className="text-sm">
            <span className="font-medium">{t.orders}:</span>{' '}
            {family.orders.map((o, i) => (
              <span key={o.id}>
                {i > 0 && ', '}
                <Link className="link" href={`/panel/zamowienia/${o.id}`}>
                  {o.number}
                </Link>
              </span>
            ))}
          </p>
        )}
      </section>
    </>
  );
}
