// Errors every layer may throw and recognise. They sit below every area, so a business module
// never imports the action layer to refuse something (the action layer turns them into results).
import { text, type MessageCode } from '@/lib/i18n';

/** Texts shown beside single fields, by field name. */
export type FieldErrors = Record<string, string>;
/** Codes of the texts shown beside single fields, by field name. */
export type FieldCodes = Record<string, MessageCode>;

/**
 * An expected refusal, as catalogue codes: one for the user (several are shown one after another)
 * and optionally one per field. The place that shows it turns the codes into text in the user's
 * language (`userErrorText`); `message` is the text in the default language, for logs.
 */
export class UserError extends Error {
  readonly codes: readonly MessageCode[];

  constructor(
    code: MessageCode | readonly MessageCode[],
    readonly fieldCodes?: FieldCodes,
  ) {
    const codes: readonly MessageCode[] = Array.isArray(code) ? code : [code as MessageCode];
    super(codes.map((c) => text(c)).join(' '));
    this.codes = codes;
    this.name = 'UserError';
  }
}

/** A refusal's texts in the language: the message, and one per field if any. */
export function userErrorText(e: UserError, locale?: string): { error: string; fieldErrors?: FieldErrors } {
  const error = e.codes.map((c) => text(c, locale)).join(' ');
  if (!e.fieldCodes) return { error };
  const fieldErrors: FieldErrors = {};
  for (const [field, code] of Object.entries(e.fieldCodes)) fieldErrors[field] = text(code, locale);
  return { error, fieldErrors };
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
