// An exam year's subject list as JSON, for staff to edit offline and keep (issue 23).
import { routeUser } from '@/lib/http/route';
import { fileResponse } from '@/lib/http/file-response';
import { notFound } from '@/lib/http/responses';
import { withValidParams } from '@/lib/http/ids';
import { subjectListJson } from '@/lib/matura/subject-list-admin';

export const GET = withValidParams(async (_req: Request, { params }: { params: Promise<{ year: string }> }) => {
  if (!(await routeUser('panel:schools'))) return notFound();
  const { year } = await params;
  if (!/^\d{4}$/.test(year)) return notFound();
  const json = await subjectListJson(Number(year));
  if (json === null) return notFound();
  return fileResponse(new TextEncoder().encode(json), `przedmioty-${year}.json`, 'application/json; charset=utf-8');
});
