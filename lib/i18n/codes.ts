// Message codes: typed key paths into the catalogue ('groups.loginRace'), or a key of a message
// that is a function with its parameters ({ code: 'groups.notEnoughSeats', params: [4, 3] }).
// Refusals and stored machine states carry codes; the place that shows them turns them into text.
import type { Messages } from './pl';

type Fn = (...args: never[]) => string;
type Join<P extends string, K extends string> = P extends '' ? K : `${P}.${K}`;

/** Key paths of the catalogue's entries of type `Leaf`, e.g. 'groups.loginRace'. */
type KeyPath<T, Leaf, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends Leaf
    ? Join<P, K>
    : T[K] extends string | Fn | readonly unknown[]
      ? never
      : KeyPath<T[K], Leaf, Join<P, K>>;
}[keyof T & string];

// The e-mails' areas (lib/i18n/pl/emails*.ts) are read by their templates only, never carried as
// codes: left out, they keep these unions within what the compiler can represent.
type Coded = Omit<Messages, `emails${string}`>;

/** Key paths of the catalogue's plain texts. */
export type TextKey = KeyPath<Coded, string>;
/** Key paths of the catalogue's messages with parameters. */
export type FnKey = KeyPath<Coded, Fn>;

type At<T, K extends string> = K extends `${infer H}.${infer R}`
  ? H extends keyof T
    ? At<T[H], R>
    : never
  : K extends keyof T
    ? T[K]
    : never;

/** A message with parameters, as a code. */
export type ParamCode = { [K in FnKey]: { code: K; params: Parameters<At<Messages, K>> } }[FnKey];

export type MessageCode = TextKey | ParamCode;

/** The code's key path, e.g. for logs. */
export function codeKey(code: MessageCode): string {
  return typeof code === 'string' ? code : code.code;
}

function lookup(m: Messages, key: string): unknown {
  let v: unknown = m;
  for (const part of key.split('.'))
    v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[part] : undefined;
  return v;
}

/** The code's text in the catalogue `m`; an unknown key is shown as it is (e.g. an old stored text). */
export function translate(m: Messages, code: MessageCode): string {
  const v = lookup(m, codeKey(code));
  if (typeof v === 'string') return v;
  if (typeof v === 'function' && typeof code !== 'string') return (v as (...a: unknown[]) => string)(...code.params);
  return codeKey(code);
}
