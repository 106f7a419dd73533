import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { currentTime } from '@/lib/clock/clock';
import { db } from '@/lib/db/client';
import { accessState } from '@/lib/families/access-state';
import { className } from '@/lib/families/class-table';
import { currencyForCountry } from '@/lib/families/currency';
import { familyOverview } from '@/lib/families/overview';
import { PACKAGES, type PackageCode } from '@/lib/families/packages';
import { schoolYearForPurchase, schoolYearLabel } from '@/lib/families/school-year';
import { trialOf } from '@/lib/families/trials';
import { startTrial } from '@/lib/actions/families/trial';
import { formatMoney } from '@/lib/format/money';
import { formatDate, formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { ActionForm } from '@/components/forms/action-form';
import { AddChildForm } from './add-child-form';

export const metadata: Metadata = { title: 'Moja rodzina' };
export const dynamic = 'force-dynamic';

export default async function FamilyPage() {
  const user = await requirePermission('families:manage-own', '/rodzina');
  const t = messages().families;
  const now = currentTime();
  const [children, trial, parent] = await Promise.all([
    familyOverview(user.id, now),
    trialOf(user.id, now),
    db().user.findUniqueOrThrow({ where: { id: user.id }, select: { country: true } }),
  ]);
  const currency = currencyForCountry(parent.country ?? 'PL');
  const year = schoolYearForPurchase(now);
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="h1">{t.title}</h1>
          <p className="muted">
            Rok szkolny {schoolYearLabel(year)} · ceny w {currency}
          </p>
        </div>
        {children.length > 0 && (
          <Link href="/rodzina/pakiety" className="btn-primary">
            {t.choosePackages}
          </Link>
        )}
      </div>

      <section aria-labelledby="dzieci" className="space-y-4">
        <h2 id="dzieci" className="h2">
          {t.children}
        </h2>
        {children.length === 0 && <p className="muted">{t.noChildren}</p>}
        {children.map((c) => (
          <article key={c.id} className="card space-y-3" data-testid="child-card">
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
                        · dostęp:{' '}
                        {t.access[accessState(now, { paidAt: p.paidAt, schoolYear: { startYear: p.schoolYear } })]}
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
                      <td>
                        {k.state === 'active'
                          ? k.endsAt
                            ? formatDate(new Date(k.endsAt.getTime() - 1))
                            : 'bez limitu'
                          : 'zakończony'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </article>
        ))}
      </section>

      <section aria-labelledby="okres-testowy" className="card space-y-3">
        <h2 id="okres-testowy" className="h2">
          {t.trialTitle}
        </h2>
        {trial ? (
          <>
            <p data-testid="trial-status" className="font-medium">
              {trial.endsAt > now
                ? t.trialActive(formatDateTime(trial.endsAt))
                : t.trialEnded(formatDateTime(trial.endsAt))}
            </p>
            <p className="text-sm text-slate-700">{t.trialOncePerYear}</p>
          </>
        ) : (
          <>
            <p className="text-sm text-slate-700">{t.trialIntro}</p>
            <ActionForm action={startTrial} submit={t.trialStart} buttonClass="btn-secondary" />
          </>
        )}
      </section>

      <section aria-labelledby="dodaj" className="card space-y-4">
        <h2 id="dodaj" className="h2">
          {t.addChild}
        </h2>
        <AddChildForm />
      </section>
    </div>
  );
}
