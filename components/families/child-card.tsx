// One child on the family page: class this school year, packages (state, access, refunds,
// resignation link) and the progress in each subject course.
import Link from 'next/link';
import { accessState } from '@/lib/families/rules/access-state';
import { className } from '@/lib/families/rules/class-table';
import type { ChildOverview } from '@/lib/families/overview';
import { PACKAGES, type PackageCode } from '@/lib/families/rules/packages';
import { schoolYearLabel, type SchoolYear } from '@/lib/families/rules/school-year';
import { formatMoney } from '@/lib/format/money';
import { formatDateTime, formatLastDay } from '@/lib/format/time';
import { messages } from '@/lib/i18n';

export function ChildCard({ child: c, year, now }: { child: ChildOverview; year: SchoolYear; now: Date }) {
  const t = messages().families;
  return (
    <article className="card space-y-3" data-testid="child-card">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-lg font-semibold">{c.fullName}</h3>
        <Link href={`/rodzina/dzieci/${c.id}`} className="link text-sm">
          Login, hasło i klasa: {c.fullName}
        </Link>
      </div>
      <p className="text-sm text-slate-700">
        Rocznik {c.birthYear} · login <strong>{c.user.login}</strong> ·{' '}
        {c.cls.ok ? (
          <>
            w roku {schoolYearLabel(year)}: <strong>{className(c.cls.classNumber)}</strong>
          </>
        ) : (
          c.cls.message
        )}
        {c.classChangeStatus === 'PENDING' && ' · prośba o zmianę klasy czeka na decyzję'}
      </p>
      {c.packages.length > 0 && (
        <ul className="space-y-1 text-sm">
          {c.packages.map((p) => (
            <li key={p.id} data-testid="child-package">
              <strong>{PACKAGES[p.packageCode as PackageCode].name}</strong>{' '}
              {schoolYearLabel({ startYear: p.schoolYear })}: {t.status[p.status]}, zapłacono{' '}
              {formatMoney(p.amountPaid, p.currency)}
              {p.paidAt && p.status === 'ACTIVE' && (
                <>
                  {' '}
                  · dostęp: {t.access[accessState(now, { paidAt: p.paidAt, schoolYear: { startYear: p.schoolYear } })]}
                </>
              )}
              {p.cancellation && (
                <>
                  {' '}
                  · zwrot {formatMoney(p.cancellation.refundAmount, p.currency)} (
                  {p.cancellation.status === 'REFUNDED'
                    ? 'przesłany'
                    : p.cancellation.status === 'PENDING'
                      ? 'w realizacji'
                      : 'nie przysługuje'}
                  ), dostęp do {formatDateTime(p.cancellation.effectiveAt)}
                </>
              )}
              {p.status === 'ACTIVE' && (
                <>
                  {' '}
                  ·{' '}
                  <Link href={`/rodzina/rezygnacja/${p.id}`} className="link">
                    Zrezygnuj lub odstąp od umowy
                  </Link>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {c.courses.length > 0 && (
        <table className="table">
          <caption className="sr-only">Postępy: {c.fullName}</caption>
          <thead>
            <tr>
              <th scope="col">Przedmiot</th>
              <th scope="col">Postęp</th>
              <th scope="col">Dostęp do</th>
            </tr>
          </thead>
          <tbody>
            {c.courses.map((k) => (
              <tr key={k.slug}>
                <td>{k.title.replace(/^Szkoła polska: /, '')}</td>
                <td>
                  {k.done} z {k.total} lekcji ({k.percent}%){k.passed ? ' · test zaliczony' : ''}
                </td>
                <td>{k.state === 'active' ? (k.endsAt ? formatLastDay(k.endsAt) : 'bez limitu') : 'zakończony'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
