// Validation of an FA(3) document against the Ministry's own XSD (lib/invoices/ksef/schemas/,
// copied unchanged from the KSeF 2.0 documentation, MIT). libxml2 runs as WebAssembly; the FA(3)
// schema imports its base schema by a public URL, which is pointed at the local copy in memory
// so nothing is ever fetched.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

const SCHEMA_DIR = path.join(process.cwd(), 'lib/invoices/ksef/schemas');
const REMOTE_BASE = 'http://crd.gov.pl/xml/schematy/dziedzinowe/mf/2022/01/05/eD/DefinicjeTypy/';
const BASE_FILES = ['StrukturyDanych_v10-0E.xsd', 'ElementarneTypyDanych_v10-0E.xsd', 'KodyKrajow_v10-0E.xsd'];

export type SchemaName = 'FA3' | 'UPO';

type Loaded = { schema: { fileName: string; contents: string }; preload: { fileName: string; contents: string }[] };
const cache = new Map<SchemaName, Loaded>();

function load(name: SchemaName): Loaded {
  const hit = cache.get(name);
  if (hit) return hit;
  const read = (f: string) => readFileSync(path.join(SCHEMA_DIR, f), 'utf8');
  const loaded: Loaded =
    name === 'FA3'
      ? {
          schema: {
            fileName: 'FA3.xsd',
            contents: read('FA3.xsd').replaceAll(`schemaLocation="${REMOTE_BASE}`, 'schemaLocation="'),
          },
          preload: BASE_FILES.map((f) => ({ fileName: f, contents: read(f) })),
        }
      : { schema: { fileName: 'upo.xsd', contents: read('upo-v4-3.xsd') }, preload: [] };
  cache.set(name, loaded);
  return loaded;
}

export type SchemaVerdict = { valid: true } | { valid: false; errors: string[] };

/** Validates `xml` (UTF-8 text) against the named official schema; errors name line and problem. */
export async function validateAgainstSchema(xml: string, name: SchemaName = 'FA3'): Promise<SchemaVerdict> {
  const { schema, preload } = load(name);
  const result = await validateXML({ xml: [{ fileName: 'invoice.xml', contents: xml }], schema: [schema], preload });
  if (result.valid) return { valid: true };
  return {
    valid: false,
    errors: result.errors.map((e) => (e.loc ? `line ${e.loc.lineNumber}: ${e.message}` : e.message)),
  };
}
