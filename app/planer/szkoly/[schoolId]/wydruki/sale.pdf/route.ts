// The room lists: each room at each session with its seated students; gated in lib.
import { roomListsFile } from '@/lib/matura/printouts/files';
import { printoutRoute } from '@/lib/matura/printouts/route';

export const GET = printoutRoute((viewer, schoolId) => roomListsFile(viewer, schoolId));
