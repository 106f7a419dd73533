// KSeF's answer to an invoice it already has (status 440 "Duplikat faktury", open-api.json:
// extensions originalSessionReferenceNumber and originalKsefNumber): the invoice is in KSeF under
// the original's number, which is the one we keep — "the same invoice twice → one KSeF number".

export const DUPLICATE_CODE = 440;

const KSEF_NUMBER = /\b\d{10}-\d{8}-[0-9A-F]{12}-[0-9A-F]{2}\b/;
// "… przesłana do systemu w sesji: 20251010-SO-…" (the wording KSeF's details use).
const SESSION_IN_TEXT = /sesji:?\s+([0-9A-Z-]{20,})/;

export type DuplicateOf = { ksefNumber: string; sessionReference: string | null };

/**
 * The original of a duplicate, from the status's extensions or, for a gateway that passes only
 * the details' text, the KSeF number written there; null when the answer is not a duplicate or
 * names no number (then it stays a rejection staff can see).
 */
export function duplicateOf(status: {
  code: number;
  description?: string;
  details?: readonly string[];
  extensions?: Record<string, string | null | undefined> | null;
}): DuplicateOf | null {
  if (status.code !== DUPLICATE_CODE) return null;
  const ext = status.extensions ?? {};
  const texts = [...(status.details ?? []), status.description ?? ''];
  const fromText = texts.map((s) => KSEF_NUMBER.exec(s)?.[0]).find(Boolean);
  const sessionFromText = texts.map((s) => SESSION_IN_TEXT.exec(s)?.[1]).find(Boolean);
  const ksefNumber = ext.originalKsefNumber ?? fromText ?? null;
  if (!ksefNumber || !KSEF_NUMBER.test(ksefNumber)) return null;
  return { ksefNumber, sessionReference: ext.originalSessionReferenceNumber ?? sessionFromText ?? null };
}
