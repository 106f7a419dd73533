// The checks KSeF runs on a decrypted invoice before giving it a number (weryfikacja-faktury.md):
// XML 1.0 in UTF-8 without BOM, prolog and processing instructions, the declared schema (FA(3)),
// the seller's NIP against the session's context, the issue date not after acceptance.
import { create } from 'xmlbuilder2';
import { warsawDateKey } from '@/lib/format/time';
import { validateAgainstSchema } from '../fa3/validate';
import type { Status } from './state';

export type InvoiceFacts = { sellerNip: string; invoiceNumber: string; kind: string; issueDate: string };
export type CheckResult = { ok: true; facts: InvoiceFacts } | { ok: false; status: Status };

const semantics = (details: string[]): CheckResult => ({
  ok: false,
  status: { code: 450, description: 'Błąd weryfikacji semantyki dokumentu faktury', details },
});

// Discouraged Unicode (XML 1.0 §2.2): C1 controls (bar NEL), U+FDD0–U+FDEF, U+xFFFE/U+xFFFF of every plane.
const DISCOURAGED =
  /[\u007F-\u0084\u0086-\u009F\uFDD0-\uFDEF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/u;

function xmlRules(bytes: Buffer): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'Dokument zawiera znacznik BOM.';
  const text = bytes.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(bytes)) return 'Dokument nie jest zakodowany w UTF-8.';
  const prolog = /^<\?xml\s[^?]*\?>/.exec(text)?.[0];
  const encoding = prolog && /encoding\s*=\s*["']([^"']+)["']/.exec(prolog)?.[1];
  if (encoding && encoding.toUpperCase() !== 'UTF-8') return `Prolog wskazuje kodowanie ${encoding} zamiast UTF-8.`;
  if (/<\?(?!xml\s)[\s\S]*?\?>/.test(text.slice(prolog?.length ?? 0)))
    return 'Dokument zawiera instrukcje przetwarzania XML.';
  if (DISCOURAGED.test(text)) return 'Dokument zawiera niezalecane znaki Unicode.';
  return null;
}

type Node = Record<string, unknown>;
const child = (n: unknown, name: string): unknown => (n && typeof n === 'object' ? (n as Node)[name] : undefined);
const text = (n: unknown): string =>
  typeof n === 'string' ? n : typeof child(n, '#') === 'string' ? String(child(n, '#')) : '';

/** The facts KSeF keys an invoice by, from a schema-valid FA(3) document. */
export function invoiceFacts(xml: string): InvoiceFacts {
  const doc = create(xml).end({ format: 'object' }) as Node;
  const fa = child(doc.Faktura, 'Fa');
  return {
    sellerNip: text(child(child(child(doc.Faktura, 'Podmiot1'), 'DaneIdentyfikacyjne'), 'NIP')),
    invoiceNumber: text(child(fa, 'P_2')),
    kind: text(child(fa, 'RodzajFaktury')),
    issueDate: text(child(fa, 'P_1')),
  };
}

export async function checkInvoice(bytes: Buffer, contextNip: string, invoicingDate: number): Promise<CheckResult> {
  const rule = xmlRules(bytes);
  if (rule) return semantics([rule]);
  const xml = bytes.toString('utf8');
  const verdict = await validateAgainstSchema(xml, 'FA3');
  if (!verdict.valid) return semantics(verdict.errors);
  const facts = invoiceFacts(xml);
  if (facts.sellerNip !== contextNip) {
    return {
      ok: false,
      status: {
        code: 410,
        description: 'Nieprawidłowy zakres uprawnień',
        details: [`Kontekst ${contextNip} nie ma uprawnień do wystawiania faktur sprzedawcy o NIP ${facts.sellerNip}.`],
      },
    };
  }
  if (facts.issueDate > warsawDateKey(new Date(invoicingDate))) {
    return semantics([
      `Data wystawienia faktury (P_1 = ${facts.issueDate}) jest późniejsza niż data jej przyjęcia do KSeF.`,
    ]);
  }
  return { ok: true, facts };
}
