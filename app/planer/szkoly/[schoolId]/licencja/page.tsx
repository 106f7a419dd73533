import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { plannerPath } from '@/lib/licence/paths';
import { plannerContext } from '@/lib/licence/planner-page';
import { licencePage } from '@/lib/licence/lifecycle/licence-page';
import { PlannerFrame } from '@/components/licence/planner-frame';
import { LicenceLifecycle } from '@/components/licence/licence-lifecycle';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).plannerLifecycle.page.title };
}
export const dynamic = 'force-dynamic';

// The school's licence in the planner (A3, A11, A15, A19): state, dates, renewal, erase, complaints.
export default async function LicencePageRoute({ params }: { params: Promise<{ schoolId: string }> }) {
  const locale = await currentLocale();
  const { schoolId } = pageParams(await params);
  const user = await requireUser(plannerPath(schoolId, 'licence'));
  const ctx = await plannerContext(user, schoolId);
  if (!ctx) notFound();
  const page = await licencePage(user, schoolId);
  return (
    <PlannerFrame
      access={ctx.access}
      schoolName={ctx.schoolName}
      current="licence"
      title={messages(locale).plannerLifecycle.page.title}
    >
      <LicenceLifecycle schoolId={schoolId} page={page} />
    </PlannerFrame>
  );
}
