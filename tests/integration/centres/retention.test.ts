// S14: a centre parent's account lives for the contract plus 8 months; then the parent and the
// children are anonymised as an account deletion does it, invoices and their orders kept — unless
// the parent enrolled again or the 8 months have not passed. A second run changes nothing.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { bookDeskPayment } from '@/lib/centres/desk/book';
import { purgeCentreAccounts } from '@/lib/retention/centre-accounts';
import { enrolChild, makeCentreGroup, makeFamily, makePerson } from './desk-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

const SIGNED = new Date('2025-09-02T08:00:00Z');
const NOW = new Date('2027-03-10T10:00:00Z');

async function endedFamily(endedAt: Date) {
  const g = await makeCentreGroup({ firstClass: new Date('2025-09-10T14:00:00Z'), classes: 4 });
  const e = await enrolChild(g.offers.annual.id, SIGNED);
  const staff = await makePerson(['ACCOUNTING']);
  const first = await db().contractCharge.findUniqueOrThrow({ where: { id: e.firstChargeId } });
  await bookDeskPayment(
    { chargeId: first.id, method: 'CASH', amount: first.amount - first.discount, bookedById: staff.id },
    SIGNED,
  );
  await db().contract.update({ where: { id: e.contractId }, data: { status: 'ENDED', endedAt, endsOn: endedAt } });
  await db().contractCharge.updateMany({
    where: { contractId: e.contractId, status: 'OPEN' },
    data: { status: 'CANCELLED' },
  });
  return { g, e };
}

describe('S14: centre accounts after the contract + 8 months', () => {
  it('anonymises the parent and child 8 months after the end, keeps invoices; keeps the recent and the re-enrolled', async () => {
    const old = await endedFamily(new Date('2026-06-30T10:00:00Z')); // 8 months and 10 days ago
    const recent = await endedFamily(new Date('2026-07-31T10:00:00Z')); // 7 months ago
    const again = await endedFamily(new Date('2026-06-30T10:00:00Z'));
    // Enrolled again for the next year: a new contract of the same family.
    const next = await makeCentreGroup({ firstClass: new Date('2027-09-08T14:00:00Z'), classes: 4 });
    await enrolChild(next.offers.ten.id, new Date('2026-06-15T10:00:00Z'), 'DESK', {
      parent: again.e.parent,
      child: again.e.child,
    });
    // A parent with no centre contract is no business of this rule.
    const other = await makeFamily();

    const invoicesBefore = await db().invoice.count({ where: { order: { userId: old.e.parent.id } } });
    expect(invoicesBefore).toBe(1);
    expect(await purgeCentreAccounts(NOW)).toBe(1);

    const parent = await db().user.findUniqueOrThrow({ where: { id: old.e.parent.id } });
    expect(parent).toMatchObject({ email: null, phone: null, passwordHash: '' });
    expect(parent.deletedAt).not.toBeNull();
    expect(parent.firstName).not.toBe('Marta');
    const child = await db().user.findUniqueOrThrow({ where: { id: old.e.child.id } });
    expect(child.deletedAt).not.toBeNull();
    expect(child.firstName).not.toBe('Zosia');
    const childRow = await db().child.findFirstOrThrow({ where: { userId: old.e.child.id } });
    expect(childRow.birthDate).toBeNull();
    expect(childRow.fullName).not.toContain('Zosia');
    expect(await db().invoice.count({ where: { order: { userId: old.e.parent.id } } })).toBe(invoicesBefore);
    expect(await db().contract.count({ where: { id: old.e.contractId } })).toBe(1);
    expect(await db().accountDeletion.count({ where: { userId: old.e.parent.id } })).toBe(1);
    const audit = await db().auditEntry.findFirstOrThrow({
      where: { objectId: old.e.parent.id, action: 'privacy.account.deleted' },
    });
    expect(audit.actorId).toBeNull();

    for (const kept of [recent.e.parent.id, again.e.parent.id, other.parent.id])
      expect((await db().user.findUniqueOrThrow({ where: { id: kept } })).deletedAt).toBeNull();

    expect(await purgeCentreAccounts(NOW)).toBe(0);
  });
});
