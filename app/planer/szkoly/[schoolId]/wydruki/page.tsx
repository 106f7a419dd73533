import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { plannerContext } from '@/lib/licence/planner-page';
import { plannerPath } from '@/lib/licence/paths';
import { printoutsPage, REFUSED_PARAM } from '@/lib/matura/printouts/printouts-page';
import { PlannerFrame } from '@/components/licence/planner-frame';
import { PrintoutsView } from '@/components/matura/printouts';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).plannerPrintouts.page.title };
}
export const dynamic = 'force-dynamic';

// The school's printouts and exports (issue 23); ?odmowa=1 after a download the server refused.
export default async function PrintoutsPage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<{ odmowa?: string }>;
}) {
  const locale = await currentLocale();
  const { schoolId } = pageParams(await params);
  const user = await requireUser(plannerPath(schoolId, 'printouts'));
  const ctx = await plannerContext(user, schoolId);
  if (!ctx) notFound();
  const page = printoutsPage(ctx.access, (await searchParams)[REFUSED_PARAM] === '1');
  return (
    <PlannerFrame
      access={ctx.access}
      schoolName={ctx.schoolName}
      current="printouts"
      title={messages(locale).plannerPrintouts.page.title}
    >
      <PrintoutsView page={page} />
    </PlannerFrame>
  );
}
