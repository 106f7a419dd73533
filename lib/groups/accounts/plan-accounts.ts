// The accounts a validated list turns into: the login and password each participant gets,
// generated where the company left the cell empty. Nothing is stored here.
import type { ParticipantRow } from '@/lib/groups/list/participant-table';
import { allocateLogins } from '@/lib/groups/accounts/logins';
import { generatePassword } from '@/lib/groups/accounts/passwords';

export type PlannedAccount = {
  rowNumber: number;
  firstName: string;
  lastName: string;
  email: string | null;
  login: string;
  password: string;
  loginGenerated: boolean;
  /** Generated passwords are shown once in the credentials export; chosen ones were known already. */
  passwordGenerated: boolean;
};

/** `validRows` as returned by validateParticipantRows; `takenLogins` lower-case, from the database. */
export function planAccounts(validRows: readonly ParticipantRow[], takenLogins: ReadonlySet<string>): PlannedAccount[] {
  const logins = allocateLogins(validRows, takenLogins);
  return validRows.map((row, i) => ({
    rowNumber: row.rowNumber,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email ?? null,
    login: logins[i],
    password: row.password ?? generatePassword(),
    loginGenerated: !row.login,
    passwordGenerated: !row.password,
  }));
}
