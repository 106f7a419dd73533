import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { canWork } from '@/lib/licence/rules/access-level';
import { plannerPath } from '@/lib/licence/paths';
import { plannerContext } from '@/lib/licence/planner-page';
import { studentImportPreview } from '@/lib/matura/students/student-import';
import { PlannerFrame } from '@/components/licence/planner-frame';
import { ImportPreview } from '@/components/matura/import-preview';
import { StudentUpload } from '@/components/matura/student-upload';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).plannerStudents.import.title };
}
export const dynamic = 'force-dynamic';

// A read student file before anything is written: every row, each error beside its cell; confirm
// when all are right, or send a corrected file.
export default async function StudentImportPreviewPage({
  params,
}: {
  params: Promise<{ schoolId: string; importId: string }>;
}) {
  const locale = await currentLocale();
  const { schoolId, importId } = pageParams(await params);
  const user = await requireUser(plannerPath(schoolId, 'students', `/import/${importId}`));
  const ctx = await plannerContext(user, schoolId);
  if (!ctx) notFound();
  const preview = ctx.access.level === 'blocked' ? null : await studentImportPreview(user, schoolId, importId);
  if (!preview && ctx.access.level !== 'blocked') notFound();
  const t = messages(locale).plannerStudents.import;
  return (
    <PlannerFrame access={ctx.access} schoolName={ctx.schoolName} current="students" title={t.title}>
      {preview && (
        <div className="space-y-5">
          <ImportPreview schoolId={schoolId} preview={preview} canConfirm={canWork(ctx.access.level)} />
          {preview.errorCount > 0 && canWork(ctx.access.level) && <StudentUpload schoolId={schoolId} />}
        </div>
      )}
    </PlannerFrame>
  );
}
