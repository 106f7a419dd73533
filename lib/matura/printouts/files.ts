// Each download of the printouts page as one call (issue 23): the gated loader, then the builder,
// so the route handlers stay one line and every file passes the same gate (./data.ts).
import { currentTime } from '@/lib/clock/clock';
import { messages } from '@/lib/i18n';
import { XLSX_TYPE } from '@/lib/spreadsheets/xlsx-sheet';
import { roomSessionSheets, studentDeclarations, subjectCountsFile } from './data';
import { declarationsPdf } from './declarations-pdf';
import { roomListsPdf, teamAppointmentsPdf } from './room-sessions-pdf';
import { studentsXlsx } from './students-xlsx';
import { subjectCountsPdf, subjectCountsXlsx } from './subjects-file';

export type PrintoutFile = { body: Buffer; name: string; type: string };
type Viewer = { id: string };

const PDF = 'application/pdf';
const names = () => messages().plannerPrintouts.files;

/** The declarations for signature: every student, or the one named by `studentId`. */
export async function declarationsFile(
  viewer: Viewer,
  schoolId: string,
  studentId: string | null,
  now = currentTime(),
) {
  const { meta, students } = await studentDeclarations(viewer, schoolId, studentId, now);
  return { body: await declarationsPdf(meta, students), name: names().declarations, type: PDF } as PrintoutFile;
}

export async function subjectsPdfFile(viewer: Viewer, schoolId: string, now = currentTime()): Promise<PrintoutFile> {
  const { meta, students, counts } = await subjectCountsFile(viewer, schoolId, now);
  return { body: await subjectCountsPdf(meta, students, counts), name: names().subjectsPdf, type: PDF };
}

export async function subjectsXlsxFile(viewer: Viewer, schoolId: string, now = currentTime()): Promise<PrintoutFile> {
  const { meta, students, counts } = await subjectCountsFile(viewer, schoolId, now);
  return { body: await subjectCountsXlsx(meta, students, counts), name: names().subjectsXlsx, type: XLSX_TYPE };
}

export async function studentsXlsxFile(viewer: Viewer, schoolId: string, now = currentTime()): Promise<PrintoutFile> {
  const { meta, students } = await studentDeclarations(viewer, schoolId, null, now);
  return { body: await studentsXlsx(meta, students), name: names().students, type: XLSX_TYPE };
}

export async function roomListsFile(viewer: Viewer, schoolId: string, now = currentTime()): Promise<PrintoutFile> {
  const { meta, sessions } = await roomSessionSheets(viewer, schoolId, now);
  return { body: await roomListsPdf(meta, sessions), name: names().rooms, type: PDF };
}

export async function teamsFile(viewer: Viewer, schoolId: string, now = currentTime()): Promise<PrintoutFile> {
  const { meta, sessions } = await roomSessionSheets(viewer, schoolId, now);
  return { body: await teamAppointmentsPdf(meta, sessions), name: names().teams, type: PDF };
}
