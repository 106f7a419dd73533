import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { plannerContext } from '@/lib/licence/planner-page';
import { plannerPath } from '@/lib/licence/paths';
import { PlannerFrame } from '@/components/licence/planner-frame';

export const metadata: Metadata = { title: messages().planner.title };
export const dynamic = 'force-dynamic';

// The planner's overview (the declarations' state is filled in by the declarations step).
export default async function PlannerOverviewPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { schoolId } = await params;
  const user = await requireUser(plannerPath(schoolId));
  const ctx = await plannerContext(user, schoolId);
  if (!ctx) notFound();
  return (
    <PlannerFrame access={ctx.access} schoolName={ctx.schoolName} current="overview" title={messages().planner.title}>
      <p className="card">{messages().planner.title}</p>
    </PlannerFrame>
  );
}
