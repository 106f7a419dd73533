import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { currentUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { centreEnrolPage } from '@/lib/centres/enrol/enrol-page';
import { enrolFormProps } from '@/lib/centres/enrol/form-props';
import { centreEnrolPath, centreGroupPath } from '@/lib/centres/paths';
import { PageHeader } from '@/components/forms/page-header';
import { Notice } from '@/components/forms/notice';
import { EnrolForm } from '@/components/centres/enrol/enrol-form';
import { placeLabel, whenLabel } from '@/components/centres/finder/labels';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).centresEnrol.group.enrol };
}
export const dynamic = 'force-dynamic';

// The enrolment form of one centre group (?kontynuacja=1 ticks Akcja Kontynuacja).
export default async function CentreEnrolPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ kontynuacja?: string }>;
}) {
  const locale = await currentLocale();
  const { id } = pageParams(await params);
  const page = await centreEnrolPage(id, await currentUser());
  if (!page) notFound();
  const t = messages(locale).centresEnrol;
  const g = page.group;
  const closed = !page.open
    ? g.cancelledAt
      ? t.group.cancelled
      : t.group.ended
    : page.seatsLeft <= 0
      ? t.group.fullNotice
      : null;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title={t.form.title(g.programme.name)}
        intro={t.form.summary(placeLabel(g.centre), whenLabel(g.weekday, g.startTime))}
        back={{ href: centreGroupPath(g.id), label: t.group.backToGroup }}
      />
      {closed ? (
        <Notice tone="warning">{closed}</Notice>
      ) : !page.mayEnrol ? (
        <Notice tone="warning">{t.form.notParent}</Notice>
      ) : (
        <EnrolForm
          {...enrolFormProps(page, locale)}
          continuation={(await searchParams).kontynuacja === '1'}
          signInHref={`/logowanie?next=${encodeURIComponent(centreEnrolPath(g.id))}`}
        />
      )}
    </div>
  );
}
