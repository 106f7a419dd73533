import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { plannerPath } from '@/lib/licence/paths';
import { plannerContext } from '@/lib/licence/planner-page';
import { plannerSchoolPage } from '@/lib/licence/planner-school-page';
import { PlannerFrame } from '@/components/licence/planner-frame';
import { PlannerSchool } from '@/components/licence/planner-school';
import { currentLocale } from '@/lib/locale/current';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).plannerSchool.title };
}

export default async function PlannerSchoolPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const locale = await currentLocale();
  const { schoolId } = pageParams(await params);
  const user = await requireUser(plannerPath(schoolId, 'school'));
  const ctx = await plannerContext(user, schoolId);
  if (!ctx) notFound();
  // A blocked school's frame shows only why; nothing else is loaded.
  const page = ctx.access.level === 'blocked' ? null : await plannerSchoolPage(user, ctx.access, locale);
  return (
    <PlannerFrame
      access={ctx.access}
      schoolName={ctx.schoolName}
      current="school"
      title={messages(locale).plannerSchool.title}
    >
      {page && <PlannerSchool page={page} />}
    </PlannerFrame>
  );
}
