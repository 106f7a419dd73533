// A parent corrects a child's data or removes the child: a child with a paid package is refused
// removal (only corrected); a corrected birth year that would move a paid child's class keeps the
// class and sends the move to staff, as class changes always go.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { registerParent } from '@/lib/families/registration';
import { addChild, childClass } from '@/lib/families/children';
import { schoolYearForPurchase } from '@/lib/families/rules/school-year';
import { editChild, removeChild } from '@/lib/privacy/family/children';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueue: async () => {},
  enqueueMany: async () => {},
}));

let n = 0;
async function parentWithChild(birthYear = 2016) {
  const i = ++n;
  const { id } = await registerParent({
    firstName: 'Anna',
    lastName: 'Rodzic',
    email: `rodzic${i}@example.pl`,
    phone: '',
    country: 'PL',
    password: 'Haslo12345x',
  });
  const childId = await addChild(id, {
    fullName: 'Ola Rodzic',
    birthYear,
    login: `ola.r${i}`,
    password: 'Haslo12345x',
  });
  return { parentId: id, childId };
}

/** A paid package for the child, as settlement leaves it (the order itself is not needed here). */
async function paidPackage(childId: string) {
  await db().familyPackage.create({
    data: {
      childId,
      packageCode: 'MINI',
      schoolYear: schoolYearForPurchase(new Date()).startYear,
      currency: 'PLN',
      amountPaid: 50000,
      addOns: [],
      orderId: `o-${childId}`,
      orderItemId: `oi-${childId}`,
      status: 'ACTIVE',
      paidAt: new Date(),
    },
  });
}

describe('a child', () => {
  it('without a paid package is removed with its account', async () => {
    const { parentId, childId } = await parentWithChild();
    const child = await db().child.findUniqueOrThrow({ where: { id: childId } });
    await removeChild(parentId, childId);
    expect(await db().child.count({ where: { id: childId } })).toBe(0);
    expect(await db().user.count({ where: { id: child.userId } })).toBe(0);
  });

  it('with a paid package is refused removal and can still be corrected', async () => {
    const { parentId, childId } = await parentWithChild();
    await paidPackage(childId);
    await expect(removeChild(parentId, childId)).rejects.toThrow(UserError);
    expect(await db().child.count({ where: { id: childId } })).toBe(1);
    await editChild(parentId, childId, { fullName: 'Aleksandra Rodzic', birthYear: 2016 });
    const c = await db().child.findUniqueOrThrow({ where: { id: childId }, include: { user: true } });
    expect(c.fullName).toBe('Aleksandra Rodzic');
    expect(c.user.firstName).toBe('Aleksandra');
  });

  it('is someone else’s: refused as missing', async () => {
    const a = await parentWithChild();
    const b = await parentWithChild();
    await expect(removeChild(b.parentId, a.childId)).rejects.toThrow(UserError);
    await expect(editChild(b.parentId, a.childId, { fullName: 'Ktos Inny', birthYear: 2016 })).rejects.toThrow(
      UserError,
    );
  });

  it('with a paid package keeps its class when the birth year moves it, and the move goes to staff', async () => {
    const { parentId, childId } = await parentWithChild(2016);
    await paidPackage(childId);
    const year = schoolYearForPurchase(new Date());
    const classOf = (c: { birthYear: number; classShift: number }) => {
      const r = childClass(c, year);
      return r.ok ? r.classNumber : null;
    };
    const before = classOf(await db().child.findUniqueOrThrow({ where: { id: childId } }));
    const r = await editChild(parentId, childId, { fullName: 'Ola Rodzic', birthYear: 2015 });
    expect(r.toStaff).toBe(true);
    const c = await db().child.findUniqueOrThrow({ where: { id: childId } });
    expect(c).toMatchObject({ birthYear: 2015, classShift: -1, requestedShift: 0, classChangeStatus: 'PENDING' });
    expect(classOf(c)).toBe(before);
  });

  it('without a package simply takes the class of its corrected birth year', async () => {
    const { parentId, childId } = await parentWithChild(2016);
    const r = await editChild(parentId, childId, { fullName: 'Ola Rodzic', birthYear: 2015 });
    expect(r.toStaff).toBe(false);
    expect(await db().child.findUniqueOrThrow({ where: { id: childId } })).toMatchObject({
      birthYear: 2015,
      classShift: 0,
      classChangeStatus: null,
    });
  });
});
