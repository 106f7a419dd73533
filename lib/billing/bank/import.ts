// Importing a bank statement (MT940): every credit whose title names a pro-forma number and whose
// amount is that charge's is booked as its transfer (lib/billing/payments/transfers.ts); every
// other line is listed with the reason, never booked. A line's reference is derived from its own
// text, so a statement imported again (or two overlapping ones) books nothing twice.
import { createHash } from 'node:crypto';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import type { MessageCode } from '@/lib/i18n';
import { decodeText } from '@/lib/spreadsheets/text-decoding';
import { actorWith } from '@/lib/staff/authority';
import { chargeDue } from '@/lib/billing/payments/charge-due';
import { proformaNumberIn } from '@/lib/billing/payments/proforma';
import { bookTransfer } from '@/lib/billing/payments/transfers';
import { parseMt940, type Mt940Entry } from './mt940';

export type ImportReason =
  | 'booked'
  | 'already-booked'
  | 'no-proforma'
  | 'unknown-proforma'
  | 'wrong-amount'
  | 'wrong-currency'
  | 'not-open'
  | 'debit';

export type ImportedLine = {
  reference: string;
  valueDate: string;
  amount: number;
  currency: string;
  title: string;
  payerName: string | null;
  proformaNumber: string | null;
  /** The charge it was booked against, or null. */
  matched: string | null;
  reason: ImportReason;
};

export type StatementImport = { importId: string; booked: number; lines: ImportedLine[] };

const REFUSAL_REASON: Partial<Record<string, ImportReason>> = {
  'billingPay.transfers.alreadyBooked': 'already-booked',
  'billingPay.transfers.referenceTaken': 'already-booked',
  'billingPay.transfers.wrongAmount': 'wrong-amount',
  'billingPay.transfers.wrongCurrency': 'wrong-currency',
};

/** A statement line's stable reference: the account and a digest of the line as the bank wrote it. */
export const lineReference = (account: string, e: Mt940Entry) =>
  `mt940:${account}:${createHash('sha256').update(e.raw.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 32)}`;

/** The pro-forma number in a title as the bank split it, read first with the pieces apart, then joined. */
function proformaOf(e: Mt940Entry): string | null {
  const pieces = ['20', '21', '22', '23', '24', '25', '26', '27', '28', '29'].map((k) => e.details.subfields[k] ?? '');
  return proformaNumberIn(pieces.join(' ')) ?? proformaNumberIn(e.details.title);
}

function decode(content: string | Uint8Array): string {
  if (typeof content === 'string') return content;
  const decoded = decodeText(content);
  if (!decoded) throw new UserError('billingPay.statements.invalid', { file: 'billingPay.statements.invalid' });
  return decoded.text;
}

export async function importStatement(input: {
  fileName: string;
  content: string | Uint8Array;
  importedById: string;
}): Promise<StatementImport> {
  await db().$transaction((tx) => actorWith(tx, input.importedById, 'contracts:manage'));
  const parsed = parseMt940(decode(input.content));
  if (!parsed.ok) throw new UserError('billingPay.statements.invalid', { file: 'billingPay.statements.invalid' });
  const entries = parsed.statements.flatMap((s) =>
    s.entries.map((e) => ({ e, account: s.account, currency: s.opening?.currency ?? s.closing?.currency ?? 'PLN' })),
  );
  if (entries.length === 0) throw new UserError('billingPay.statements.empty', { file: 'billingPay.statements.empty' });

  const row = await db().bankStatementImport.create({
    data: { fileName: input.fileName.slice(0, 200), importedById: input.importedById, lines: [] },
    select: { id: true },
  });
  const lines: ImportedLine[] = [];
  for (const { e, account, currency } of entries) {
    const line: ImportedLine = {
      reference: lineReference(account, e),
      valueDate: e.valueDate,
      amount: e.amount,
      currency,
      title: e.details.title,
      payerName: e.details.counterpartyName,
      proformaNumber: proformaOf(e),
      matched: null,
      reason: 'booked',
    };
    line.reason = await bookLine(line, e, row.id, input.importedById);
    if (line.reason === 'booked') line.matched = await chargeOfProforma(line.proformaNumber!);
    lines.push(line);
  }
  await db().bankStatementImport.update({ where: { id: row.id }, data: { lines } });
  return { importId: row.id, booked: lines.filter((l) => l.reason === 'booked').length, lines };
}

async function chargeOfProforma(number: string): Promise<string | null> {
  return (
    (await db().contractCharge.findUnique({ where: { proformaNumber: number }, select: { id: true } }))?.id ?? null
  );
}

async function bookLine(line: ImportedLine, e: Mt940Entry, importId: string, staffId: string): Promise<ImportReason> {
  if (e.mark !== 'C') return 'debit';
  if (await db().bankTransfer.findUnique({ where: { reference: line.reference }, select: { id: true } }))
    return 'already-booked';
  if (!line.proformaNumber) return 'no-proforma';
  const charge = await db().contractCharge.findUnique({
    where: { proformaNumber: line.proformaNumber },
    select: { id: true, status: true, amount: true, discount: true, currency: true },
  });
  if (!charge) return 'unknown-proforma';
  if (charge.status !== 'OPEN') return 'not-open';
  if (charge.currency !== line.currency) return 'wrong-currency';
  if (chargeDue(charge) !== line.amount) return 'wrong-amount';
  try {
    await bookTransfer({
      chargeId: charge.id,
      amount: line.amount,
      currency: line.currency,
      title: line.title,
      bookedOn: line.valueDate,
      reference: line.reference,
      bookedById: staffId,
      payerName: line.payerName ?? undefined,
      importId,
    });
    return 'booked';
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    return REFUSAL_REASON[err.codes[0] as MessageCode & string] ?? 'not-open';
  }
}
