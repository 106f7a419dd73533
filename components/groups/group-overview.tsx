// The top of the group page: title, seats bought/used/left, the notices left by the last
// redirect (accounts created, list discarded, inactive package), the stepper and the how-to, and
// for the owner a link to buy more seats on the course page.
import type { GroupPageModel } from '@/lib/groups/group-page';
import { messages } from '@/lib/i18n';
import Link from 'next/link';
import { Notice } from '@/components/forms/notice';
import { PageHeader } from '@/components/forms/page-header';
import { GroupStepper } from '@/components/groups/group-stepper';
import { currentLocale } from '@/lib/locale/current';

export async function GroupOverview({ page }: { page: GroupPageModel }) {
  const locale = await currentLocale();
  const t = messages(locale).groups;
  const seats: [string, number][] = [
    [t.seatsBought, page.seats.bought],
    [t.seatsUsed, page.seats.used],
    [t.seatsLeft, page.seats.left],
  ];
  return (
    <>
      <PageHeader
        back={{ href: '/grupy', label: `← ${t.myGroups}` }}
        title={page.courseTitle}
        intro={t.groupSubtitle(page.companyName, page.order.number)}
      />
      <dl className="grid grid-cols-3 gap-3 sm:max-w-lg" data-testid="seats">
        {seats.map(([k, v]) => (
          <div key={k} className="card p-4 text-center">
            <dt className="text-sm text-slate-600">{k}</dt>
            <dd className="text-2xl font-bold">{v}</dd>
          </div>
        ))}
      </dl>
      {page.topUpHref && (
        <p className="text-sm">
          <Link href={page.topUpHref} className="link" data-testid="top-up-link">
            {t.topUpLink}
          </Link>
        </p>
      )}
      {!page.active && (
        <Notice tone="error" role="alert">
          {t.groupInactive}
        </Notice>
      )}
      {page.created > 0 && (
        <Notice tone="success" role="status">
          {t.accountsCreated(page.created)}
        </Notice>
      )}
      {page.discarded && (
        <Notice tone="info" role="status">
          {t.discarded}
        </Notice>
      )}
      <GroupStepper steps={page.steps} />
      <details className="card" open={page.howItWorksOpen} data-testid="how-it-works">
        <summary className="cursor-pointer text-lg font-semibold">{t.howItWorksHeading}</summary>
        <p className="mt-3">{t.howItWorksIntro}</p>
        <ol className="mt-3 list-decimal space-y-2 pl-6">
          {t.howItWorks.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      </details>
    </>
  );
}
