// A translation assembled area by area is a deep-partial of the Polish catalogue. Read through
// `withFallback`, a key it lacks shows the Polish text (logged once per key and language), never
// the key itself. `missingKeys` lists them for the missing texts report.
import type { Messages } from './pl';

export type DeepPartial<T> = T extends string | ((...a: never[]) => unknown) | readonly unknown[]
  ? T
  : { [K in keyof T]?: DeepPartial<T[K]> };

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

const logged = new Set<string>();

function wrap(base: Node, over: Node | undefined, locale: string, path: string): Node {
  const cache = new Map<string, unknown>();
  return new Proxy(base, {
    get(target, key, receiver) {
      if (typeof key !== 'string') return Reflect.get(target, key, receiver);
      if (cache.has(key)) return cache.get(key);
      const pl = target[key];
      const own = over?.[key];
      const at = path ? `${path}.${key}` : key;
      let value: unknown;
      if (isNode(pl)) value = wrap(pl, isNode(own) ? own : undefined, locale, at);
      else if (own !== undefined && typeof own === typeof pl) value = own;
      else {
        value = pl;
        if (pl !== undefined && !logged.has(`${locale}:${at}`)) {
          logged.add(`${locale}:${at}`);
          console.warn(`[i18n] ${locale}: no text for ${at}, showing Polish`);
        }
      }
      cache.set(key, value);
      return value;
    },
  });
}

/** The catalogue in a language: its own texts, Polish where it has none yet. */
export function withFallback(pl: Messages, partial: DeepPartial<Messages>, locale: string): Messages {
  return wrap(pl as unknown as Node, partial as unknown as Node, locale, '') as unknown as Messages;
}

/** Key paths of `pl` that `partial` lacks (an object missing as a whole counts each of its keys). */
export function missingKeys(pl: unknown, partial: unknown, path = ''): string[] {
  if (!isNode(pl)) return partial === undefined || typeof partial !== typeof pl ? [path] : [];
  const out: string[] = [];
  for (const key of Object.keys(pl))
    out.push(...missingKeys(pl[key], isNode(partial) ? partial[key] : undefined, path ? `${path}.${key}` : key));
  return out;
}
