// The subject counts as a spreadsheet; gated in lib.
import { subjectsXlsxFile } from '@/lib/matura/printouts/files';
import { printoutRoute } from '@/lib/matura/printouts/route';

export const GET = printoutRoute((viewer, schoolId) => subjectsXlsxFile(viewer, schoolId));
