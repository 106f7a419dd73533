// The subject counts the school orders from OKE, printable; gated in lib.
import { subjectsPdfFile } from '@/lib/matura/printouts/files';
import { printoutRoute } from '@/lib/matura/printouts/route';

export const GET = printoutRoute((viewer, schoolId) => subjectsPdfFile(viewer, schoolId));
