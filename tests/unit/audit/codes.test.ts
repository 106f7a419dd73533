// Every audit code a service records is a listed code with a Polish label, so the history never
// shows a raw code: the list is checked against the labels and against the services' sources.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES } from '@/lib/audit/actions';
import { messages } from '@/lib/i18n';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('audit codes', () => {
  const t = messages().audit;
  it.each(AUDIT_ACTIONS.map((a) => [a]))('%s has a label', (a) => {
    expect(t.actions[a]).toMatch(/\S/);
  });
  it.each(AUDIT_OBJECT_TYPES.map((o) => [o]))('object type %s has a label', (o) => {
    expect(t.objectTypes[o]).toMatch(/\S/);
  });
  it('every action and object type written by recordAudit in lib/ is listed', () => {
    const used = new Set<string>();
    const types = new Set<string>();
    for (const file of sources('lib')) {
      const src = readFileSync(file, 'utf8');
      if (!src.includes('recordAudit(')) continue;
      for (const m of src.matchAll(/recordAudit\(tx, \{[^}]*?action: '([^']+)'[^}]*?objectType: '([^']+)'/gs)) {
        used.add(m[1]);
        types.add(m[2]);
      }
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a))).toEqual([]);
    expect([...types].filter((o) => !(AUDIT_OBJECT_TYPES as readonly string[]).includes(o))).toEqual([]);
  });
});
