import type { Metadata } from 'next';
import { placementToken } from '@/lib/language/placement/cookie';
import { placementTestPage } from '@/lib/language/placement/taking';
import { formatPoints } from '@/lib/learning/final-test/answer-text';
import { messages } from '@/lib/i18n';
import { PageHeader } from '@/components/forms/page-header';
import { Notice } from '@/components/forms/notice';
import { Markdown } from '@/components/learning/markdown';
import { PlacementForm } from '@/components/language/placement-form';
import { PlacementIntro } from '@/components/language/placement-intro';
import { programmeParts } from '@/components/language/programme-parts';
import { PROGRAMME_LANGUAGE } from '@/lib/language/programme-language';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).languagePlacement.test.metaTitle };
}
export const dynamic = 'force-dynamic';

export default async function PlacementTestPage() {
  const locale = await currentLocale();
  const t = messages(locale).languagePlacement.test;
  const page = await placementTestPage(await placementToken());
  const back = { href: '/jezyk-polski', label: t.backToProgramme };
  if (page.kind === 'unavailable')
    return (
      <div className="mx-auto max-w-3xl space-y-6">
        <PageHeader title={t.title} back={back} />
        <Notice tone="info">{t.unavailable}</Notice>
      </div>
    );
  if (page.kind === 'intro') return <PlacementIntro page={page} back={back} />;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t.takingTitle} back={back} />
      <PlacementForm
        deadline={page.deadlineAt.toISOString()}
        bands={page.bands.map((b) => ({
          cefr: b.cefr,
          questions: b.questions.map((q) => ({
            ...q,
            ...programmeParts(q),
            body: (
              <div lang={PROGRAMME_LANGUAGE}>
                <Markdown source={q.text} />
              </div>
            ),
            pointsLabel: formatPoints(q.points),
          })),
        }))}
      />
    </div>
  );
}
