// The role names on the account page follow the reader's language.
import { describe, expect, it } from 'vitest';
import { roleLabel } from '@/lib/auth/permissions';

describe('roleLabel', () => {
  it('Polish by default', () => {
    expect(roleLabel('CHILD')).toBe('Uczeń (konto dziecka)');
    expect(roleLabel('ACCOUNTING')).toBe('Księgowość');
  });

  it('in English for an English reader', () => {
    expect(roleLabel('CHILD', 'en')).toBe("Pupil (child's account)");
    expect(roleLabel('ACCOUNTING', 'en')).toBe('Accounting');
  });
});
