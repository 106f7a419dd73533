import { describe, expect, it } from 'vitest';
import { planAccounts } from '@/lib/groups/accounts/plan-accounts';
import { validateParticipantRows } from '@/lib/groups/list/validate-rows';
import { passwordRules } from '@/lib/groups/accounts/passwords';

describe('planAccounts', () => {
  it('keeps given logins and passwords and generates the rest without collisions', () => {
    const taken = new Set(['jan.kowalski']);
    const check = validateParticipantRows(
      [
        { rowNumber: 12, firstName: 'Jan', lastName: 'Kowalski' },
        { rowNumber: 13, firstName: 'Jan', lastName: 'Kowalski', login: 'Jan.Kowalski2', password: 'Wybrane-haslo-1' },
        { rowNumber: 14, firstName: 'Łucja', lastName: 'Żółć', email: 'Lucja@Firma.pl' },
      ],
      { takenLogins: taken, seatsLeft: 30, notifyEmail: 'kadry@firma.pl' },
    );
    expect(check.ok).toBe(true);
    const accounts = planAccounts(check.validRows, taken);
    expect(accounts.map((a) => [a.rowNumber, a.login, a.loginGenerated, a.passwordGenerated])).toEqual([
      [12, 'jan.kowalski3', true, true],
      [13, 'jan.kowalski2', false, false],
      [14, 'lucja.zolc', true, true],
    ]);
    expect(accounts[1].password).toBe('Wybrane-haslo-1');
    expect(accounts[2].email).toBe('lucja@firma.pl');
    expect(accounts[0].email).toBeNull();
    for (const a of accounts) expect(passwordRules.safeParse(a.password).success).toBe(true);
    expect(accounts[0].password).not.toBe(accounts[2].password);
  });
});
