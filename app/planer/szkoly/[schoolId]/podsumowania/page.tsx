import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { plannerContext } from '@/lib/licence/planner-page';
import { plannerPath } from '@/lib/licence/paths';
import { plannerSummaries } from '@/lib/matura/summaries/summaries';
import { PlannerFrame } from '@/components/licence/planner-frame';
import { PlannerSummariesView } from '@/components/matura/summaries';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).plannerPrintouts.summaries.title };
}
export const dynamic = 'force-dynamic';

// The school's summaries (issue 23): what it orders from OKE, per class, per session day, unchecked.
export default async function SummariesPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const locale = await currentLocale();
  const { schoolId } = pageParams(await params);
  const user = await requireUser(plannerPath(schoolId, 'summaries'));
  const ctx = await plannerContext(user, schoolId);
  if (!ctx) notFound();
  const data = ctx.access.level === 'blocked' ? null : await plannerSummaries(user, schoolId);
  return (
    <PlannerFrame
      access={ctx.access}
      schoolName={ctx.schoolName}
      current="summaries"
      title={messages(locale).plannerPrintouts.summaries.title}
    >
      {data && <PlannerSummariesView data={data} />}
    </PlannerFrame>
  );
}
