// Errors every layer may throw and recognise. They sit below every area, so a business module
// never imports the action layer to refuse something (the action layer turns them into results).
export type FieldErrors = Record<string, string>;

/** An expected refusal with a message for the user (and optionally for single fields). */
export class UserError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** A record that does not exist, or is not the caller's: both answer 404, so neither is revealed. */
export class NotFoundError extends Error {
  constructor(what = 'record') {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}

/**
 * A unique constraint failed: the signal that a concurrent twin won a race. Prisma reports it as
 * P2002; raw SQL (node-postgres, or Prisma's $executeRaw) as PostgreSQL's SQLSTATE 23505.
 */
export function isUniqueViolation(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const code = (e as { code?: unknown }).code;
  if (code === 'P2002' || code === '23505') return true;
  // $executeRaw through the driver adapter wraps the driver's error (a Prisma P-code): the SQLSTATE
  // is then only in its text.
  const message = (e as { message?: unknown }).message;
  if (typeof code === 'string' && code.startsWith('P') && typeof message === 'string') {
    if (/23505|unique constraint/i.test(message)) return true;
  }
  const cause = (e as { cause?: unknown }).cause;
  return cause !== undefined && cause !== e && isUniqueViolation(cause);
}
