// A student list from a file (issue 23): read, every row checked by column, duplicates within the
// file and against the list named by row, kept as a preview; confirming writes all of it in one
// transaction (or nothing) and removes the preview, so a double click adds the students once.
import { db } from '@/lib/db/client';
import { currentTime } from '@/lib/clock/clock';
import { NotFoundError, UserError } from '@/lib/errors';
import { recordAudit } from '@/lib/audit';
import { messages } from '@/lib/i18n';
import { requireSchoolDpa } from '@/lib/licence/dpa';
import { readingAccess, workingAccess, type PlannerAccess } from '@/lib/licence/planner';
import {
  checkStudentRow,
  studentKey,
  type StudentCells,
  type StudentColumn,
  type StudentValues,
} from '@/lib/matura/rules/student-row';
import { readStudentFile } from './student-file';

export type ImportRow = {
  rowNumber: number;
  cells: StudentCells;
  value: StudentValues | null;
  errors: Partial<Record<StudentColumn, string>>;
};

/** Every row checked on its own, then against the rows above it and the students already listed. */
export function checkImportRows(
  rows: readonly { rowNumber: number; cells: StudentCells }[],
  listed: ReadonlySet<string>,
): ImportRow[] {
  const t = messages().plannerStudents.rows;
  const seen = new Map<string, number>();
  return rows.map(({ rowNumber, cells }) => {
    const check = checkStudentRow(cells);
    if (!check.ok) return { rowNumber, cells, value: null, errors: check.errors };
    const key = studentKey(check.value);
    const first = seen.get(key);
    if (first !== undefined) return { rowNumber, cells, value: null, errors: { lastName: t.duplicateInFile(first) } };
    seen.set(key, rowNumber);
    if (listed.has(key)) return { rowNumber, cells, value: null, errors: { lastName: t.alreadyListed } };
    return { rowNumber, cells, value: check.value, errors: {} };
  });
}

async function listedKeys(access: PlannerAccess): Promise<Set<string>> {
  const rows = await db().maturaStudent.findMany({
    where: { schoolId: access.schoolId, licenceId: access.licence.id },
    select: { firstName: true, lastName: true, className: true },
  });
  return new Set(rows.map(studentKey));
}

export async function createStudentImport(
  viewer: { id: string },
  schoolId: string,
  file: { bytes: Uint8Array; name: string },
  now = currentTime(),
): Promise<{ id: string }> {
  const access = await workingAccess(viewer, schoolId, now);
  await requireSchoolDpa(schoolId); // A17: before the first import
  const rows = checkImportRows(await readStudentFile(file.bytes, file.name), await listedKeys(access));
  const errorCount = rows.filter((r) => !r.value).length;
  // One preview per school at a time: a new file replaces the one not confirmed.
  return db().$transaction(async (tx) => {
    await tx.studentImport.deleteMany({ where: { schoolId, licenceId: access.licence.id } });
    return tx.studentImport.create({
      data: { schoolId, licenceId: access.licence.id, byId: viewer.id, fileName: file.name, rows, errorCount },
      select: { id: true },
    });
  });
}

export type ImportPreview = { id: string; fileName: string; rows: ImportRow[]; errorCount: number; createdAt: Date };

export async function studentImportPreview(
  viewer: { id: string },
  schoolId: string,
  importId: string,
  now = currentTime(),
): Promise<ImportPreview | null> {
  const access = await readingAccess(viewer, schoolId, now);
  const row = await db().studentImport.findFirst({
    where: { id: importId, schoolId, licenceId: access.licence.id },
  });
  if (!row) return null;
  return {
    id: row.id,
    fileName: row.fileName,
    rows: row.rows as ImportRow[],
    errorCount: row.errorCount,
    createdAt: row.createdAt,
  };
}

export async function confirmStudentImport(
  viewer: { id: string },
  schoolId: string,
  importId: string,
  now = currentTime(),
): Promise<{ added: number }> {
  const access = await workingAccess(viewer, schoolId, now);
  const stored = await db().studentImport.findFirst({
    where: { id: importId, schoolId, licenceId: access.licence.id },
  });
  if (!stored) throw new UserError('plannerStudents.import.gone');
  if (stored.errorCount > 0) throw new UserError('plannerStudents.import.hasErrors');
  return db().$transaction(async (tx) => {
    // Claimed by deleting it: a second confirm (another tab, a double click) finds nothing.
    const claimed = await tx.studentImport.deleteMany({ where: { id: stored.id, schoolId } });
    if (claimed.count === 0) throw new UserError('plannerStudents.import.gone');
    // Checked again against the list as it is now: someone may have typed a student meanwhile.
    const listed = await tx.maturaStudent.findMany({
      where: { schoolId, licenceId: access.licence.id },
      select: { firstName: true, lastName: true, className: true },
    });
    const rows = checkImportRows(stored.rows as ImportRow[], new Set(listed.map(studentKey)));
    if (rows.some((r) => !r.value)) throw new UserError('plannerStudents.import.hasErrors');
    await tx.maturaStudent.createMany({
      data: rows.map((r) => ({ ...r.value!, schoolId, licenceId: access.licence.id })),
    });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'planner.students.imported',
      objectType: 'school',
      objectId: schoolId,
      after: { added: rows.length, fileName: stored.fileName },
    });
    return { added: rows.length };
  });
}

export async function discardStudentImport(
  viewer: { id: string },
  schoolId: string,
  importId: string,
  now = currentTime(),
) {
  const access = await readingAccess(viewer, schoolId, now);
  const gone = await db().studentImport.deleteMany({ where: { id: importId, schoolId, licenceId: access.licence.id } });
  if (gone.count === 0) throw new NotFoundError('import');
}
