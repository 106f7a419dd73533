// Every student with their exams, one row each; gated in lib.
import { studentsXlsxFile } from '@/lib/matura/printouts/files';
import { printoutRoute } from '@/lib/matura/printouts/route';

export const GET = printoutRoute((viewer, schoolId) => studentsXlsxFile(viewer, schoolId));
