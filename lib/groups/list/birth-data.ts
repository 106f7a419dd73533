// The two optional list columns a BHP certificate prints (rozp. MGiP z 27.07.2004, zał. nr 1:
// "urodzony(a) dnia … w …"): read and checked with the list, stored on the participant.
import type { Tx } from '@/lib/db/client';
import { messages } from '@/lib/i18n';
import type { ParticipantRow } from './participant-table';

const DMY = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/; // an Excel date cell as the reader gives it

/** "14.03.1988", "14-03-1988" or "1988-03-14" → the date at UTC midnight (a @db.Date); null if not a real date. */
export function parseBirthDate(text: string): Date | null {
  const t = text.trim();
  const m = DMY.exec(t);
  const y = YMD.exec(t);
  const [year, month, day] = m ? [+m[3], +m[2], +m[1]] : y ? [+y[1], +y[2], +y[3]] : [NaN, NaN, NaN];
  if (!Number.isInteger(year) || year < 1900) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d : null;
}

export function birthDateProblem(text: string): string | null {
  return parseBirthDate(text) ? null : messages().groups.birthDateFormat(text);
}

/** After the participants of an upload are written: their birth data from the list's rows. */
export async function writeBirthData(tx: Tx, uploadId: string, rows: readonly ParticipantRow[]): Promise<void> {
  const withData = rows.filter((r) => r.birthDate || r.birthPlace);
  if (withData.length === 0) return;
  const numbers = withData.map((r) => r.rowNumber);
  const dates = withData.map((r) => (r.birthDate ? parseBirthDate(r.birthDate)?.toISOString().slice(0, 10) : null));
  const places = withData.map((r) => r.birthPlace ?? null);
  await tx.$executeRaw`
    UPDATE "GroupParticipant" p SET "birthDate" = d.born::date, "birthPlace" = d.place
      FROM unnest(${numbers}::int[], ${dates}::text[], ${places}::text[]) AS d(row, born, place)
     WHERE p."uploadId" = ${uploadId} AND p."rowNumber" = d.row`;
}
