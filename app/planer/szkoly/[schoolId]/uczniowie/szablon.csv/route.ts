// The student list's CSV template (no school data in it; only the school's staff reach it).
import { fileResponse } from '@/lib/http/file-response';
import { withValidParams } from '@/lib/http/ids';
import { notFound } from '@/lib/http/responses';
import { routeUser } from '@/lib/http/route';
import { findPlannerAccess } from '@/lib/licence/planner';
import { studentTemplateCsv } from '@/lib/matura/students/student-file';

export const GET = withValidParams(async (_req: Request, { params }: { params: Promise<{ schoolId: string }> }) => {
  const viewer = await routeUser('account:manage-own');
  if (!viewer || !(await findPlannerAccess(viewer, (await params).schoolId))) return notFound();
  return fileResponse(studentTemplateCsv(), 'lista-uczniow.csv', 'text/csv; charset=utf-8');
});
