import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { plannerPath } from '@/lib/licence/paths';
import { orNotFound, plannerContext } from '@/lib/licence/planner-page';
import { declarationPage } from '@/lib/matura/declarations/declaration-page';
import { PlannerFrame } from '@/components/licence/planner-frame';
import { StudentDeclaration } from '@/components/matura/student-declaration';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).plannerDeclarations.title };
}
export const dynamic = 'force-dynamic';

// One student: the declaration (form, lock, director's unlock), the paper check and the data.
export default async function StudentPage({ params }: { params: Promise<{ schoolId: string; studentId: string }> }) {
  const locale = await currentLocale();
  const { schoolId, studentId } = pageParams(await params);
  const user = await requireUser(plannerPath(schoolId, 'students', `/${studentId}`));
  const ctx = await plannerContext(user, schoolId);
  if (!ctx) notFound();
  const page = ctx.access.level === 'blocked' ? null : await orNotFound(declarationPage(user, schoolId, studentId));
  if (!page && ctx.access.level !== 'blocked') notFound();
  const title = page ? `${page.student.firstName} ${page.student.lastName}, ${page.student.className}` : '';
  return (
    <PlannerFrame access={ctx.access} schoolName={ctx.schoolName} current="students" title={title}>
      <Link href={plannerPath(schoolId, 'students')} className="link text-sm">
        {messages(locale).plannerDeclarations.back}
      </Link>
      {page && <StudentDeclaration schoolId={schoolId} page={page} />}
    </PlannerFrame>
  );
}
