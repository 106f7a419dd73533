// The supervising teams' appointments per room and session; gated in lib.
import { teamsFile } from '@/lib/matura/printouts/files';
import { printoutRoute } from '@/lib/matura/printouts/route';

export const GET = printoutRoute((viewer, schoolId) => teamsFile(viewer, schoolId));
