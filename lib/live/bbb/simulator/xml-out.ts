// Writes the simulator's answers the way BBB does: `<response>` with `<returncode>` first, then
// the call's fields; nested objects and lists become nested and repeated elements.
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';

export type XmlValue =
  string | number | boolean | null | XmlFields | XmlFields[] | { list: string; items: XmlFields[] };
export type XmlFields = { [name: string]: XmlValue };

function add(parent: XMLBuilder, name: string, value: XmlValue) {
  if (value === null) return void parent.ele(name);
  if (typeof value !== 'object') return void parent.ele(name).txt(String(value));
  if (Array.isArray(value)) return value.forEach((v) => add(parent, name, v));
  const el = parent.ele(name);
  if ('list' in value && 'items' in value && typeof value.list === 'string') {
    for (const item of value.items as XmlFields[]) add(el, value.list, item);
    return;
  }
  for (const [k, v] of Object.entries(value as XmlFields)) add(el, k, v);
}

export function responseXml(returncode: 'SUCCESS' | 'FAILED', fields: XmlFields = {}): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('response');
  add(root, 'returncode', returncode);
  for (const [k, v] of Object.entries(fields)) add(root, k, v);
  return root.end({ prettyPrint: true });
}

export const failed = (messageKey: string, message: string) => responseXml('FAILED', { messageKey, message });
