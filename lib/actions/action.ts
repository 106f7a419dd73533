// The one wrapper every server action is built on: origin → session → permission → zod parse →
// run → one result type. Forms read it with useActionState, show each error beside its field and
// keep what the user typed (except passwords).
import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { currentUser, type CurrentUser } from '@/lib/auth/session';
import { can, type Permission } from '@/lib/auth/permissions';
import { zodErrorMap } from '@/lib/i18n/zod-locale';
import { currentLocale } from '@/lib/locale/current';
import { messages, type Locale } from '@/lib/i18n';
import { UserError, userErrorText, type FieldErrors } from '@/lib/errors';
import { foreignOrigin } from '@/lib/http/route';

export type ActionState<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; error?: string; fieldErrors?: FieldErrors; values?: Record<string, string> }
  | null;

const SECRET_FIELD = /password|confirm|current|token/i;

function echoValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of form.entries())
    if (typeof v === 'string' && !SECRET_FIELD.test(k) && !k.startsWith('$')) values[k] = v;
  return values;
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_form';
    out[key] ??= issue.message;
  }
  return out;
}

type Access = { permission: Permission } | { public: true };
type Ctx<A extends Access> = {
  user: A extends { public: true } ? CurrentUser | null : CurrentUser;
  /** The reader's language, for the texts the action returns. */
  locale: Locale;
};

export function formAction<S extends z.ZodType, T = undefined, A extends Access = Access>(
  /** `schema` built per language (a function) gives its own texts in the reader's language. */
  opts: { schema: S | ((locale: Locale) => S) } & A,
  run: (input: z.output<S>, ctx: Ctx<A>) => Promise<ActionState<T>>,
) {
  return async (_prev: ActionState<T>, form: FormData): Promise<ActionState<T>> => {
    const locale = await currentLocale();
    const m = messages(locale);
    // Next refuses an Origin that differs from Host but lets a request without one through;
    // here both a missing and a foreign Origin end the action before anything is read or written.
    if (foreignOrigin((await headers()).get('origin'))) {
      console.warn('[action] refused: Origin is missing or not this site');
      return { ok: false, error: m.errors.crossSite };
    }
    const values = echoValues(form);
    try {
      const user = await currentUser();
      if ('permission' in opts) {
        if (!user) return { ok: false, error: m.errors.signInRequired, values };
        if (!can(user.roles, opts.permission)) return { ok: false, error: m.errors.forbidden, values };
      }
      // A repeated field (checkboxes with one name) becomes an array.
      const raw: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
      for (const [k, v] of form.entries()) {
        if (k.startsWith('$')) continue;
        const prev = raw[k];
        raw[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
      }
      const schema = typeof opts.schema === 'function' ? opts.schema(locale) : opts.schema;
      const parsed = schema.safeParse(raw, { error: zodErrorMap(locale) });
      if (!parsed.success)
        return { ok: false, error: m.errors.checkFields, fieldErrors: fieldErrorsOf(parsed.error), values };
      const result = await run(parsed.data, { user, locale } as Ctx<A>);
      // A refusal the action itself returns keeps what was typed too, as the ones above do.
      return result && !result.ok && !result.values ? { ...result, values } : result;
    } catch (e) {
      unstable_rethrow(e); // redirect() and notFound() are control flow, not failures
      if (e instanceof UserError) return { ok: false, ...userErrorText(e, locale), values };
      console.error('[action]', e instanceof Error ? e.message : e);
      return { ok: false, error: m.errors.unexpected, values };
    }
  };
}
