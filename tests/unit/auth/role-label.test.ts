// The role names on the account page follow the reader's language.
import { describe, expect, it } from 'vitest';
import { ROLE_LABELS, roleLabel } from '@/lib/auth/permissions';

describe('roleLabel', () => {
  it('Polish by default, as ROLE_LABELS', () => {
    expect(roleLabel('CHILD')).toBe('Uczeń (konto dziecka)');
    expect(roleLabel('ACCOUNTING')).toBe(ROLE_LABELS.ACCOUNTING);
  });

  it('in English for an English reader', () => {
    expect(roleLabel('CHILD', 'en')).toBe("Pupil (child's account)");
    expect(roleLabel('ACCOUNTING', 'en')).toBe('Accounting');
  });
});
