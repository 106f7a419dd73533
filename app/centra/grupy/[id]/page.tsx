import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { currentTime } from '@/lib/clock/clock';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { centreGroupPage } from '@/lib/centres/finder/group-page';
import { CENTRES_PATH, centreEnrolPath } from '@/lib/centres/paths';
import { PageHeader } from '@/components/forms/page-header';
import { Notice } from '@/components/forms/notice';
import { ClassDates, GroupFacts } from '@/components/centres/finder/group-facts';
import { GuaranteeRule, PlanSchedules } from '@/components/centres/finder/plan-schedules';
import { placeLabel } from '@/components/centres/finder/labels';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).centresEnrol.finder.title };
}
export const dynamic = 'force-dynamic';

// One centre group: its facts, class dates, the three plans' schedules, the guarantee, "Zapisz dziecko".
export default async function CentreGroupPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await currentLocale();
  const { id } = pageParams(await params);
  const now = currentTime();
  const page = await centreGroupPage(id, now);
  if (!page) notFound();
  const t = messages(locale).centresEnrol.group;
  const g = page.group;
  const closed = g.cancelledAt ? t.cancelled : !page.open ? t.ended : page.seatsLeft <= 0 ? t.fullNotice : null;
  const enrol = closed ? (
    <Notice tone="warning">{closed}</Notice>
  ) : (
    <Link href={centreEnrolPath(g.id)} className="btn-primary inline-block">
      {t.enrol}
    </Link>
  );
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <PageHeader
        title={g.programme.name}
        intro={placeLabel(g.centre)}
        back={{ href: CENTRES_PATH, label: t.back }}
        actions={closed ? undefined : enrol}
      />
      {closed && enrol}
      <GroupFacts page={page} />
      <ClassDates page={page} now={now} />
      <PlanSchedules page={page} />
      <GuaranteeRule page={page} />
      {!closed && enrol}
    </div>
  );
}
