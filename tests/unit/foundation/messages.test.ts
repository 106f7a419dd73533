import { describe, expect, it } from 'vitest';
import { messages, text, type MessageCode } from '@/lib/i18n';
import { codeKey } from '@/lib/i18n/codes';
import { UserError, userErrorText } from '@/lib/errors';

describe('message codes', () => {
  it('turns a key path into the catalogue text', () => {
    expect(text('groups.loginRace')).toBe(messages().groups.loginRace);
  });

  it('calls a message with its parameters', () => {
    expect(text({ code: 'groups.notEnoughSeats', params: [4, 3] })).toMatch(/4 kont.*3 wolne miejsca/);
  });

  it('shows an unknown key as it is (e.g. a state stored before it became a code)', () => {
    expect(text('zespół' as MessageCode)).toBe('zespół');
  });

  it('is checked against the catalogue at compile time', () => {
    // @ts-expect-error not a key of the catalogue
    const unknown: MessageCode = 'groups.noSuchMessage';
    // @ts-expect-error a message with parameters needs them
    const bare: MessageCode = 'groups.notEnoughSeats';
    // @ts-expect-error wrong parameter types
    const wrong: MessageCode = { code: 'groups.notEnoughSeats', params: ['4', '3'] };
    expect(codeKey(unknown)).toBe('groups.noSuchMessage');
    expect(codeKey(bare)).toBe('groups.notEnoughSeats');
    expect(codeKey(wrong)).toBe('groups.notEnoughSeats');
  });
});

describe('UserError', () => {
  it('carries codes and resolves them, field errors included', () => {
    const e = new UserError(
      { code: 'checkout.errors.quantityRange', params: [10] },
      { quantity: 'errors.checkFields' },
    );
    expect(e.codes).toEqual([{ code: 'checkout.errors.quantityRange', params: [10] }]);
    expect(e.message).toBe('Liczba pakietów musi być od 1 do 10.');
    expect(userErrorText(e)).toEqual({
      error: 'Liczba pakietów musi być od 1 do 10.',
      fieldErrors: { quantity: messages().errors.checkFields },
    });
  });

  it('shows several refusals one after another', () => {
    expect(userErrorText(new UserError(['families.errors.noChildren', 'families.errors.duplicateChild'])).error).toBe(
      `${messages().families.errors.noChildren} ${messages().families.errors.duplicateChild}`,
    );
  });
});
