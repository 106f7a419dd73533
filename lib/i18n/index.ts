// The one accessor of the message catalogue, for server and client components alike: it has no
// side effects and imports nothing but the catalogues (zod's locale is set in ./zod-locale).
import { pl, type Messages } from './pl';
import { translate, type MessageCode } from './codes';

const catalogues: Record<string, Messages> = { pl };

/** The message catalogue for a language; Polish is the only one so far. */
export function messages(locale = 'pl'): Messages {
  return catalogues[locale] ?? pl;
}

/** A message code (a refusal, a stored state) as text in the language. */
export function text(code: MessageCode, locale = 'pl'): string {
  return translate(messages(locale), code);
}

/** A decision's reason as a code, with its text for callers that show it as it is. */
export function reasoned<C extends MessageCode>(reason: C): { reason: C; message: string } {
  return { reason, message: text(reason) };
}

export type { Messages };
export type { MessageCode, TextKey, FnKey, ParamCode } from './codes';
