// The declarations for signature, one page per student (?uczen=<id> for one); gated in lib.
import { declarationsFile } from '@/lib/matura/printouts/files';
import { printoutRoute, studentParam } from '@/lib/matura/printouts/route';

export const GET = printoutRoute((viewer, schoolId, url) => declarationsFile(viewer, schoolId, studentParam(url)));
