// isUniqueViolation is how every race (a twin request, a concurrent login) is recognised: it must
// know Prisma's and PostgreSQL's spellings of a unique violation, and nothing else.
import { describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/db/generated/client';
import { isUniqueViolation, NotFoundError, UserError } from '@/lib/errors';

const prismaError = (code: string, message = 'failed') =>
  new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: 'test' });

describe('isUniqueViolation', () => {
  it.each([
    ['Prisma P2002', prismaError('P2002')],
    ['node-postgres SQLSTATE 23505', Object.assign(new Error('duplicate key'), { code: '23505' })],
    ['a raw query wrapped by Prisma', prismaError('P2010', 'Raw query failed. Code: `23505`. Message: duplicate key')],
    ['a wrapped cause', new Error('outer', { cause: Object.assign(new Error('inner'), { code: '23505' }) })],
  ])('recognises %s', (_name, e) => {
    expect(isUniqueViolation(e)).toBe(true);
  });

  it.each([
    ['a foreign-key violation', Object.assign(new Error('fk'), { code: '23503' })],
    ['another Prisma error', prismaError('P2025', 'Record not found')],
    ['a plain error mentioning nothing', new Error('timeout')],
    ['a string', 'P2002'],
    ['null', null],
  ])('does not mistake %s for one', (_name, e) => {
    expect(isUniqueViolation(e)).toBe(false);
  });
});

describe('domain errors', () => {
  it('carry catalogue codes (resolved where shown) and names', () => {
    const e = new UserError('errors.checkFields', { email: 'auth.emailTaken' });
    expect(e.codes).toEqual(['errors.checkFields']);
    expect(e.fieldCodes).toEqual({ email: 'auth.emailTaken' });
    expect(new NotFoundError('group').message).toBe('group not found');
  });
});
