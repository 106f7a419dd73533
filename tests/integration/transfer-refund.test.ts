// A refund sent back by bank transfer (lib/settlement/transfer-refunds.ts): a school licence paid
// by transfer and terminated for non-performance leaves a 'refund-due' event; accounting records
// the transfer they sent, which writes the refund, the order's refunded amount, the 'refund-sent'
// event, the audit entry and the correcting invoice for the pro-rata amount, once.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { numberInvoices } from '@/lib/invoices/issue';
import { numberCorrections } from '@/lib/invoices/corrections';
import { correctionAmount } from '@/lib/invoices/corrections/issue';
import type { CorrectionSnapshot } from '@/lib/invoices/correction-snapshot';
import { terminateLicence } from '@/lib/licence/lifecycle/termination';
import { openRefundsDue, recordTransferRefund } from '@/lib/settlement/transfer-refunds';
import {
  DECEMBER,
  accountantId,
  licenceOffer,
  paid,
  plannerSchool,
  refusal,
  type PlannerSchool,
} from './planner-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

// The transfer was booked as credited on 3 December 2026: its invoice is numbered the day after.
const INVOICED = new Date('2026-12-04T10:00:00Z');
const TERMINATED = new Date('2027-03-31T10:00:00Z');
const SENT = new Date('2027-04-02T10:00:00Z');

let school: PlannerSchool;
let refund: number;
let eventId: string;
let orderId: string;

beforeAll(async () => {
  await licenceOffer();
  school = await plannerSchool(DECEMBER);
  await paid(school);
  await numberInvoices(INVOICED);
  refund = await terminateLicence(await accountantId(), school.licenceId, TERMINATED);
  const due = await db().contractEvent.findFirstOrThrow({
    where: { contractId: school.contractId, kind: 'refund-due' },
  });
  eventId = due.id;
  const item = await db().orderItem.findFirstOrThrow({
    where: { chargeId: school.chargeId, order: { status: 'PAID' } },
    select: { orderId: true },
  });
  orderId = item.orderId;
});

const input = (over: Partial<Parameters<typeof recordTransferRefund>[1]> = {}) => ({
  contractId: school.contractId,
  eventId,
  amount: refund,
  sentOn: '2027-04-02',
  reference: 'PKO/2027/04/02/0001',
  ...over,
});

describe('a refund sent by transfer', () => {
  it('is refused to staff without contracts:manage, with nothing written', async () => {
    expect(refund).toBeGreaterThan(0);
    expect(refund).toBeLessThan(50_000);
    const e = await refusal(recordTransferRefund(school.director.id, input(), SENT));
    expect(e).toBeInstanceOf(UserError);
    expect(await db().refund.count()).toBe(0);
  });

  it('is refused above what is due back, beside the amount, with nothing written', async () => {
    const e = await refusal(recordTransferRefund(await accountantId(), input({ amount: refund + 1 }), SENT));
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).fieldCodes).toHaveProperty('amount');
    expect(await db().refund.count()).toBe(0);
    expect(await db().order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({
      status: 'PAID',
      refundedGross: 0,
    });
    expect(await db().contractEvent.count({ where: { kind: 'refund-sent' } })).toBe(0);
  });

  it('records the refund, the order, the event, the audit and the correcting invoice for the pro-rata amount', async () => {
    expect(await openRefundsDue(school.contractId)).toEqual([expect.objectContaining({ eventId, left: refund })]);
    const out = await recordTransferRefund(await accountantId(), input(), SENT);
    expect(out).toMatchObject({ orderId, left: 0, corrected: true });

    expect(await db().refund.findUniqueOrThrow({ where: { id: out.refundId } })).toMatchObject({
      orderId,
      paymentId: null,
      method: 'TRANSFER',
      status: 'FINALIZED',
      amount: refund,
      transferReference: 'PKO/2027/04/02/0001',
      contractEventId: eventId,
    });
    expect(await db().order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({
      status: 'PARTIALLY_REFUNDED',
      refundedGross: refund,
      totalGross: 50_000,
    });
    const sent = await db().contractEvent.findFirstOrThrow({
      where: { contractId: school.contractId, kind: 'refund-sent' },
    });
    expect(sent.detail).toMatchObject({ amount: refund, eventId, refundId: out.refundId, sentOn: '2027-04-02' });
    expect(await db().auditEntry.count({ where: { action: 'refund.sent-transfer', objectId: orderId } })).toBe(1);
    expect(await openRefundsDue(school.contractId)).toEqual([]);

    await numberCorrections(SENT);
    const invoice = await db().invoice.findUniqueOrThrow({ where: { orderId } });
    const correction = await db().invoiceCorrection.findUniqueOrThrow({ where: { refundId: out.refundId } });
    expect(correction.invoiceId).toBe(invoice.id);
    expect(correction.number).toMatch(/^FK\/\d{4}\/\d{6}$/);
    const s = correction.snapshot as unknown as CorrectionSnapshot;
    expect(s.corrected.number).toBe(invoice.number);
    expect(correctionAmount(s)).toBe(refund);
    const total = (ls: CorrectionSnapshot['before']) =>
      ls.reduce((a, l) => a + l.unitGross * l.quantity - (l.discountGross ?? 0), 0);
    expect(total(s.before)).toBe(50_000);
    expect(total(s.after)).toBe(50_000 - refund);
  });

  it('is refused a second time, with nothing more written', async () => {
    const e = await refusal(recordTransferRefund(await accountantId(), input({ amount: 1 }), SENT));
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).codes).toContain('billingPanel.refundSent.alreadyRefunded');
    expect(await db().refund.count()).toBe(1);
    expect(await db().invoiceCorrection.count()).toBe(1);
  });

  it('records a concurrent double submit once', async () => {
    const other = await plannerSchool(DECEMBER);
    await paid(other);
    await numberInvoices(INVOICED);
    const amount = await terminateLicence(await accountantId(), other.licenceId, TERMINATED);
    const due = await db().contractEvent.findFirstOrThrow({
      where: { contractId: other.contractId, kind: 'refund-due' },
    });
    const twice = { contractId: other.contractId, eventId: due.id, amount, sentOn: '2027-04-02', reference: 'R-2' };
    const results = await Promise.allSettled([
      recordTransferRefund(await accountantId(), twice, SENT),
      recordTransferRefund(await accountantId(), twice, SENT),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(UserError);
    expect(await db().refund.count({ where: { contractEventId: due.id } })).toBe(1);
  });

  it('sends a refund in parts: each part its own correction, until nothing is left', async () => {
    const third = await plannerSchool(DECEMBER);
    await paid(third);
    await numberInvoices(INVOICED);
    const amount = await terminateLicence(await accountantId(), third.licenceId, TERMINATED);
    const due = await db().contractEvent.findFirstOrThrow({
      where: { contractId: third.contractId, kind: 'refund-due' },
    });
    const part = { contractId: third.contractId, eventId: due.id, sentOn: '2027-04-02', reference: 'R-3a' };
    const first = await recordTransferRefund(await accountantId(), { ...part, amount: 10_000 }, SENT);
    expect(first.left).toBe(amount - 10_000);
    expect(await openRefundsDue(third.contractId)).toEqual([expect.objectContaining({ left: amount - 10_000 })]);
    const second = await recordTransferRefund(
      await accountantId(),
      { ...part, amount: amount - 10_000, reference: 'R-3b' },
      SENT,
    );
    expect(second.left).toBe(0);
    const corrections = await db().invoiceCorrection.findMany({
      where: { refundId: { in: [first.refundId, second.refundId] } },
    });
    expect(corrections.map((c) => correctionAmount(c.snapshot as unknown as CorrectionSnapshot)).sort()).toEqual(
      [10_000, amount - 10_000].sort(),
    );
    expect(await db().order.findUniqueOrThrow({ where: { id: first.orderId } })).toMatchObject({
      refundedGross: amount,
      status: 'PARTIALLY_REFUNDED',
    });
  });
});
