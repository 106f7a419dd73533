// The orphan sweep deletes every stored file no column in FILE_REFERENCES names, so a key column
// missing from that list would lose real files. Every String column named …Key in the schema must
// be either there or declared here as not naming a file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FILE_REFERENCES } from '@/lib/storage/orphans';

const NOT_FILES = ['EmailMessage.onceKey', 'Order.checkoutKey'];

function keyColumns(schema: string): string[] {
  const found: string[] = [];
  let model = '';
  for (const line of schema.split('\n')) {
    const m = /^model (\w+) \{/.exec(line);
    if (m) model = m[1]!;
    const f = /^\s+(\w+Key)\s+String\??(\s|$)/.exec(line);
    if (f && model) found.push(`${model}.${f[1]}`);
  }
  return found.sort();
}

describe('FILE_REFERENCES', () => {
  it('names every storage-key column of the schema, and only existing ones', () => {
    const columns = keyColumns(readFileSync('prisma/schema.prisma', 'utf8'));
    expect(columns.length).toBeGreaterThan(NOT_FILES.length);
    const listed = FILE_REFERENCES.map(([t, c]) => `${t}.${c}`);
    expect([...listed, ...NOT_FILES].sort()).toEqual(columns);
  });
});
