import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { canWork } from '@/lib/licence/rules/access-level';
import { plannerPath } from '@/lib/licence/paths';
import { plannerContext } from '@/lib/licence/planner-page';
import { Notice } from '@/components/forms/notice';
import { PlannerFrame } from '@/components/licence/planner-frame';
import { StudentUpload } from '@/components/matura/student-upload';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).plannerStudents.import.title };
}
export const dynamic = 'force-dynamic';

// The student list from a file: what the file must hold, the template, the upload → preview.
export default async function StudentImportPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const locale = await currentLocale();
  const { schoolId } = pageParams(await params);
  const user = await requireUser(plannerPath(schoolId, 'students', '/import'));
  const ctx = await plannerContext(user, schoolId);
  if (!ctx) notFound();
  const t = messages(locale).plannerStudents.import;
  return (
    <PlannerFrame access={ctx.access} schoolName={ctx.schoolName} current="students" title={t.title}>
      {canWork(ctx.access.level) ? (
        <StudentUpload schoolId={schoolId} />
      ) : (
        <Notice tone="info">{messages(locale).planner.access.readOnly}</Notice>
      )}
    </PlannerFrame>
  );
}
