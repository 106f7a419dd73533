// One child on the family page: class this school year, packages (state, access, refunds,
// resignation link, the yearly exam) and the progress in each subject course.
import Link from 'next/link';
import { accessState, accessStateEnd } from '@/lib/families/rules/access-state';
import { className } from '@/lib/families/rules/class-table';
import type { ChildOverview } from '@/lib/families/overview';
import type { PackageCode } from '@/lib/families/rules/packages';
import { schoolYearLabel, type SchoolYear } from '@/lib/families/rules/school-year';
import { formatMoney } from '@/lib/format/money';
import { formatDateTime, formatLastDay } from '@/lib/format/time';
import { messages, text } from '@/lib/i18n';
import { ExamsList } from '@/components/families/exams-list';
import { currentLocale } from '@/lib/locale/current';

export async function ChildCard({ child: c, year, now }: { child: ChildOverview; year: SchoolYear; now: Date }) {
  const locale = await currentLocale();
  const m = messages(locale);
  const t = m.families;
  const k = t.childCard;
  return (
    <article className="card space-y-3" data-testid="child-card">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-lg font-semibold">{c.fullName}</h3>
        <Link href={`/rodzina/dzieci/${c.id}`} className="link text-sm">
          {/* The card's heading names the child already; a link read out of context still needs it. */}
          {k.settingsLink}
          <span className="sr-only">{k.forChild(c.fullName)}</span>
        </Link>
      </div>
      <p className="text-sm text-slate-700">
        {k.cohort(c.birthYear)} <strong>{c.user.login}</strong> ·{' '}
        {c.cls.ok ? (
          <>
            {k.inYear(schoolYearLabel(year))} <strong>{className(c.cls.classNumber, locale)}</strong>
          </>
        ) : (
          text(c.cls.reason, locale)
        )}
        {c.classChangeStatus === 'PENDING' && k.classRequestPending}
      </p>
      {c.packages.length > 0 && (
        <ul className="space-y-1 text-sm">
          {c.packages.map((p) => (
            <li key={p.id} data-testid="child-package">
              <strong>{t.packages[p.packageCode as PackageCode].name}</strong>{' '}
              {k.paid(schoolYearLabel({ startYear: p.schoolYear }), t.status[p.status])}{' '}
              {formatMoney(p.amountPaid, p.currency, locale)}
              {p.paidAt && p.status === 'ACTIVE' && (
                <>
                  {' '}
                  <AccessNow now={now} paidAt={p.paidAt} schoolYear={p.schoolYear} />
                </>
              )}
              {p.cancellation && (
                <>
                  {' '}
                  {k.refund(
                    formatMoney(p.cancellation.refundAmount, p.currency, locale),
                    p.cancellation.status === 'REFUNDED'
                      ? k.refundState.REFUNDED
                      : p.cancellation.status === 'PENDING'
                        ? k.refundState.PENDING
                        : k.refundState.other,
                    formatDateTime(p.cancellation.effectiveAt, locale),
                  )}
                </>
              )}
              {p.status === 'ACTIVE' && (
                <>
                  {' '}
                  ·{' '}
                  <Link href={`/rodzina/rezygnacja/${p.id}`} className="link">
                    {k.cancelLink}
                  </Link>
                </>
              )}
              {p.exams && (
                <div className="mt-2">
                  <ExamsList exams={p.exams} as="h4" />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {c.courses.length > 0 && (
        <table className="table">
          <caption className="sr-only">{k.progressCaption(c.fullName)}</caption>
          <thead>
            <tr>
              <th scope="col">{k.colSubject}</th>
              <th scope="col">{m.groups.colProgress}</th>
              <th scope="col">{m.groups.colAccess}</th>
            </tr>
          </thead>
          <tbody>
            {c.courses.map((course) => (
              <tr key={course.slug}>
                {/* The course's title is stored in Polish. */}
                <td lang={locale === 'pl' ? undefined : 'pl'}>{course.title.replace(/^Szkoła polska: /, '')}</td>
                <td>
                  {k.progress(course.done, course.total, course.percent)}
                  {course.passed ? k.testPassed : ''}
                </td>
                <td>
                  {course.state === 'active'
                    ? course.endsAt
                      ? formatLastDay(course.endsAt, locale)
                      : k.noLimit
                    : k.ended}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}

/** "lekcje dostępne do 30 czerwca 2027" rather than a state's name. */
async function AccessNow({ now, paidAt, schoolYear }: { now: Date; paidAt: Date; schoolYear: number }) {
  const locale = await currentLocale();
  const year = { startYear: schoolYear };
  const state = accessState(now, { paidAt, schoolYear: year });
  const end = accessStateEnd(state, year);
  return <>{messages(locale).families.childCard.accessNow[state](end ? formatLastDay(end, locale) : '')}</>;
}
