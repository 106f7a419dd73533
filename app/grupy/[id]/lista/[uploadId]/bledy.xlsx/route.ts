// The list handed back as XLSX with its errors marked in the cells (the group's admins and staff only).
import { uploadPreview } from '@/lib/groups/list/uploads';
import { markedListXlsx } from '@/lib/groups/list/marked-list-xlsx';
import { routeViewer } from '@/lib/groups/http';
import { fileResponse } from '@/lib/http/file-response';
import { notFound } from '@/lib/http/responses';
import { XLSX_TYPE } from '@/lib/spreadsheets/xlsx-sheet';
import { withValidParams } from '@/lib/http/ids';

export const GET = withValidParams(
  async (_req: Request, { params }: { params: Promise<{ id: string; uploadId: string }> }) => {
    const viewer = await routeViewer();
    if (!viewer) return notFound();
    const { id, uploadId } = await params;
    const preview = await uploadPreview(viewer, id, uploadId);
    if (!preview?.check) return notFound();
    const bytes = await markedListXlsx(preview.check, preview.warnings, preview.upload.createdAt);
    const base = preview.upload.fileName.replace(/\.[^.]*$/, '') || 'lista';
    return fileResponse(bytes, `${base}-bledy.xlsx`, XLSX_TYPE);
  },
);
