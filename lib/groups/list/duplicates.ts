// Likely duplicate people in a list: warnings, never refusals (two colleagues can share a name).
// Compared within the list and against the group's existing participants.
import { transliterate } from '@/lib/format/transliterate';
import { messages } from '@/lib/i18n';

type Person = { firstName: string; lastName: string; email?: string | null };
export type ExistingParticipant = Person & { login: string };

const nameKey = (p: Person) => transliterate(`${p.firstName} ${p.lastName}`).toLowerCase().replace(/\s+/g, ' ').trim();
const emailKey = (p: Person) => p.email?.trim().toLowerCase() || null;

/** Row number → the warnings for that row, for rows with any. */
export function duplicateWarnings(
  rows: readonly (Person & { rowNumber: number })[],
  existing: readonly ExistingParticipant[],
): Map<number, string[]> {
  const t = messages().groups.duplicates;
  const out = new Map<number, string[]>();
  const warn = (row: number, text: string) => out.set(row, [...(out.get(row) ?? []), text]);

  const byName = new Map<string, number[]>();
  for (const r of rows) {
    const key = nameKey(r);
    if (key) byName.set(key, [...(byName.get(key) ?? []), r.rowNumber]);
  }
  for (const r of rows) {
    const same = byName.get(nameKey(r)) ?? [];
    if (same.length > 1) warn(r.rowNumber, t.sameNameInList(same.filter((n) => n !== r.rowNumber).map(String)));
  }

  const existingByName = new Map<string, ExistingParticipant[]>();
  const existingByEmail = new Map<string, ExistingParticipant>();
  for (const p of existing) {
    existingByName.set(nameKey(p), [...(existingByName.get(nameKey(p)) ?? []), p]);
    const e = emailKey(p);
    if (e) existingByEmail.set(e, p);
  }
  for (const r of rows) {
    const e = emailKey(r);
    const byEmail = e ? existingByEmail.get(e) : undefined;
    if (byEmail && nameKey(byEmail) === nameKey(r)) {
      warn(r.rowNumber, t.alreadyInGroup(byEmail.login));
      continue;
    }
    if (byEmail) warn(r.rowNumber, t.emailInGroup(byEmail.login));
    const named = existingByName.get(nameKey(r)) ?? [];
    if (named.length > 0) warn(r.rowNumber, t.nameInGroup(named.map((p) => p.login)));
  }
  return out;
}
