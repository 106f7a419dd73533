// The placement test's start page: what the test is, its rules, and the visitor's last attempt
// (sent: a link to its result; left: when its time ran out) with the button to start.
import Link from 'next/link';
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import type { PlacementTestPage } from '@/lib/language/placement/taking';
import { PageHeader } from '@/components/forms/page-header';
import { Notice } from '@/components/forms/notice';
import { PlacementStartForm } from './placement-start-form';
import { currentLocale } from '@/lib/locale/current';

export async function PlacementIntro({
  page,
  back,
}: {
  page: Extract<PlacementTestPage, { kind: 'intro' }>;
  back: { href: string; label: string };
}) {
  const locale = await currentLocale();
  const t = messages(locale).languagePlacement.test;
  const label = page.previous?.kind === 'submitted' ? t.retake : page.previous ? t.restart : t.start;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t.title} intro={t.intro} back={back} />
      {page.previous?.kind === 'submitted' && (
        <Notice tone="info" as="div" className="flex flex-wrap items-center justify-between gap-3">
          <span>{t.submitted}</span>
          <Link href="/jezyk-polski/test/wynik" className="btn-secondary">
            {t.seeResult}
          </Link>
        </Notice>
      )}
      {page.previous?.kind === 'expired' && (
        <Notice tone="warning" role="status">
          {t.expired(formatDateTime(page.previous.deadlineAt, locale))}
        </Notice>
      )}
      <section className="card space-y-3" aria-labelledby="zasady">
        <h2 id="zasady" className="h2">
          {t.rulesHeading}
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t.ruleQuestions(page.questions, page.bands)}</li>
          <li>{t.ruleMinutes(page.minutes)}</li>
          <li>{t.ruleOnce}</li>
          <li>{t.ruleBands(page.bandPercent)}</li>
        </ul>
        <PlacementStartForm label={label} />
      </section>
    </div>
  );
}
