// The staff home's aggregates on a real database against hand-counted fixtures: Warsaw's midnight
// as the edge of today and of the month, the overdue ages, each group's next session, the queues,
// and the same number of statements however many rows there are.
import { storeFileNow } from '@/lib/storage';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { dashboardData } from '@/lib/panel/dashboard/dashboard';
import { bucketOverdue } from '@/lib/panel/dashboard/rules/overdue-buckets';
import { makeCourse, makeGroup } from './groups-fixtures';
import { CENTRE, RAZEM, date, makeContract, makeOffer, makePayer } from './billing-run-fixtures';
import { makeGroupWithSession, makeUser, DAY, HOUR } from './live-fixtures';

// Wednesday 10 February 2027, 13:00 in Warsaw (CET): today began at 2027-02-09T23:00Z, the month
// at 2027-01-31T23:00Z. Far from the real clock, which the fixtures' own rows are stamped with.
const NOW = new Date('2027-02-10T12:00:00Z');
const admin = { id: 'nobody', roles: ['ADMINISTRATOR' as const] };

let n = 0;
const uid = () => `${process.pid}-${++n}`;

async function order(o: {
  paidAt: Date | null;
  status?: 'PAID' | 'AWAITING_PAYMENT' | 'CANCELED' | 'PARTIALLY_REFUNDED' | 'REFUNDED';
  currency?: string;
  items: {
    totalGross: number;
    kind?: 'FAMILY_PACKAGE' | 'CONTRACT_CHARGE';
    offerId?: string;
    seats?: number;
    chargeId?: string;
  }[];
}) {
  const buyer = await makePayer();
  const k = uid();
  return db().order.create({
    data: {
      number: `ZAM-D-${k}`,
      checkoutKey: `d${k}`,
      userId: buyer.id,
      status: o.status ?? 'PAID',
      currency: o.currency ?? 'PLN',
      totalGross: o.items.reduce((s, i) => s + i.totalGross, 0),
      buyerType: 'PERSON',
      buyerName: 'Ola Nowak',
      buyerEmail: buyer.email!,
      termsVersion: 't1',
      termsAcceptedAt: NOW,
      paidAt: o.paidAt,
      items: {
        create: o.items.map((i) => ({
          name: 'Pozycja',
          quantity: 1,
          unitGross: i.totalGross,
          totalGross: i.totalGross,
          kind: i.kind ?? null,
          offerId: i.offerId ?? null,
          seats: i.seats ?? 1,
          chargeId: i.chargeId ?? null,
        })),
      },
    },
    select: { id: true },
  });
}

const refund = (
  orderId: string,
  r: { amount: number; status: 'PENDING' | 'FINALIZED' | 'REFUSED'; finalizedAt?: Date; stray?: boolean },
) =>
  db().refund.create({
    data: {
      orderId,
      extRefundId: `r${uid()}`,
      amount: r.amount,
      description: 'Zwrot',
      status: r.status,
      finalizedAt: r.finalizedAt ?? null,
      strayPayment: r.stray ?? false,
    },
  });

describe('staff home aggregates', () => {
  it('sales by product today and this month, from Warsaw midnight to Warsaw midnight', async () => {
    const course = await makeCourse();
    const single = await db().courseOffer.create({ data: { courseId: course.id, seats: 1, priceGross: 10_000 } });
    const pack = await db().courseOffer.create({ data: { courseId: course.id, seats: 20, priceGross: 90_000 } });
    const contract = await makeContract({
      policy: CENTRE,
      status: 'ACTIVE',
      signedAt: new Date('2027-01-05T10:00:00Z'),
      charges: [{ dueDate: '2027-02-10', status: 'PAID', amount: 30_000 }],
    });
    const charge = await db().contractCharge.findFirstOrThrow({ where: { contractId: contract.id } });

    // Today: 00:10 in Warsaw, still 9 February in UTC.
    await order({ paidAt: new Date('2027-02-09T23:10:00Z'), items: [{ totalGross: 10_000, offerId: single.id }] });
    // Today, one order with two products.
    await order({
      paidAt: new Date('2027-02-10T08:00:00Z'),
      items: [
        { totalGross: 30_000, kind: 'CONTRACT_CHARGE', chargeId: charge.id },
        { totalGross: 10_000, offerId: single.id },
      ],
    });
    // Yesterday at 23:50 in Warsaw: this month, not today.
    await order({
      paidAt: new Date('2027-02-09T22:50:00Z'),
      items: [{ totalGross: 90_000, offerId: pack.id, seats: 20 }],
    });
    // The month's first minutes (00:10 on 1 February in Warsaw) count; January's last minutes do not.
    await order({ paidAt: new Date('2027-01-31T23:10:00Z'), items: [{ totalGross: 25_000, kind: 'FAMILY_PACKAGE' }] });
    await order({ paidAt: new Date('2027-01-31T22:50:00Z'), items: [{ totalGross: 99_999, offerId: single.id }] });
    // A refunded sale is still a sale (its refund is counted apart); unpaid and cancelled ones are not.
    await order({
      paidAt: new Date('2027-02-03T10:00:00Z'),
      status: 'REFUNDED',
      items: [{ totalGross: 5_000, offerId: single.id }],
    });
    await order({ paidAt: null, status: 'AWAITING_PAYMENT', items: [{ totalGross: 77_000, offerId: single.id }] });
    await order({
      paidAt: new Date('2027-02-10T09:00:00Z'),
      status: 'CANCELED',
      items: [{ totalGross: 77_000, offerId: single.id }],
    });
    // Another currency stays in its own row.
    await order({
      paidAt: new Date('2027-02-10T09:00:00Z'),
      currency: 'EUR',
      items: [{ totalGross: 12_000, kind: 'FAMILY_PACKAGE' }],
    });

    // A charge booked paid without an order (as the demo's contracts are) is a sale of its product;
    // a charge paid through an order is counted once, through the order.
    const razem = await makeContract({
      policy: RAZEM,
      status: 'ACTIVE',
      signedAt: new Date('2027-01-05T10:00:00Z'),
      charges: [{ dueDate: '2027-02-10', amount: 19_900 }],
    });
    await db().contractCharge.updateMany({
      where: { contractId: razem.id },
      data: { status: 'PAID', paidAt: new Date('2027-02-10T07:00:00Z'), discount: 1_900 },
    });
    await db().contractCharge.update({ where: { id: charge.id }, data: { paidAt: new Date('2027-02-10T08:00:00Z') } });

    const d = await dashboardData(admin, NOW);
    expect(d.sales!.find((r) => r.product === 'razem')).toEqual({
      product: 'razem',
      currency: 'PLN',
      todayCount: 1,
      todayGross: 18_000,
      monthCount: 1,
      monthGross: 18_000,
    });
    const row = (product: string, currency = 'PLN') =>
      d.sales!.find((r) => r.product === product && r.currency === currency);
    expect(row('course')).toEqual({
      product: 'course',
      currency: 'PLN',
      todayCount: 2,
      todayGross: 20_000,
      monthCount: 3,
      monthGross: 25_000,
    });
    expect(row('group')).toMatchObject({ todayGross: 0, monthCount: 1, monthGross: 90_000 });
    expect(row('centre')).toMatchObject({ todayCount: 1, todayGross: 30_000, monthGross: 30_000 });
    expect(row('family')).toMatchObject({ todayGross: 0, monthGross: 25_000 });
    expect(row('family', 'EUR')).toMatchObject({ todayCount: 1, todayGross: 12_000, monthGross: 12_000 });
    expect(d.sales).toHaveLength(6);
  });

  it('refunds: finalised today and this month, those under way, stray payments left out', async () => {
    const o = await order({ paidAt: new Date('2026-12-01T10:00:00Z'), items: [{ totalGross: 50_000 }] });
    await refund(o.id, { amount: 1_000, status: 'FINALIZED', finalizedAt: new Date('2027-02-09T23:30:00Z') }); // today 00:30
    await refund(o.id, { amount: 2_000, status: 'FINALIZED', finalizedAt: new Date('2027-02-09T22:30:00Z') }); // yesterday
    await refund(o.id, { amount: 4_000, status: 'FINALIZED', finalizedAt: new Date('2027-01-31T22:30:00Z') }); // January
    await refund(o.id, { amount: 8_000, status: 'PENDING' });
    await refund(o.id, { amount: 16_000, status: 'REFUSED' });
    await refund(o.id, {
      amount: 32_000,
      status: 'FINALIZED',
      finalizedAt: new Date('2027-02-10T08:00:00Z'),
      stray: true,
    });

    const d = await dashboardData(admin, NOW);
    expect(d.refunds).toEqual([
      {
        currency: 'PLN',
        todayCount: 1,
        todayAmount: 1_000,
        monthCount: 2,
        monthAmount: 3_000,
        pendingCount: 1,
        pendingAmount: 8_000,
      },
    ]);
  });

  it('overdue charges by age, less their discounts, as the overdue list counts them', async () => {
    await makeContract({
      policy: CENTRE,
      status: 'ACTIVE',
      signedAt: new Date('2026-09-01T10:00:00Z'),
      charges: [
        { dueDate: '2027-02-10', amount: 100 }, // due today: not overdue
        { dueDate: '2027-02-09', amount: 1_000 }, // 1 day
        { dueDate: '2027-02-03', amount: 2_000 }, // 7 days
        { dueDate: '2027-02-02', amount: 4_000 }, // 8 days
        { dueDate: '2027-01-11', amount: 8_000 }, // 30 days
        { dueDate: '2027-01-10', amount: 16_000 }, // 31 days
        { dueDate: '2026-12-10', amount: 32_000, status: 'PAID' },
        { dueDate: '2026-12-11', amount: 64_000, status: 'CANCELLED' },
      ],
    });
    await db().contractCharge.updateMany({ where: { dueDate: date('2027-02-03') }, data: { discount: 500 } });

    const d = await dashboardData(admin, NOW);
    expect(bucketOverdue(d.overdue!, d.today)).toEqual([
      { bucket: 'upTo7', count: 2, amounts: { PLN: 2_500 } },
      { bucket: 'upTo14', count: 1, amounts: { PLN: 4_000 } },
      { bucket: 'upTo30', count: 1, amounts: { PLN: 8_000 } },
      { bucket: 'over30', count: 1, amounts: { PLN: 16_000 } },
    ]);
  });

  it('contracts by state, every state present', async () => {
    const before = (await dashboardData(admin, NOW)).contracts!;
    const offer = await makeOffer(CENTRE);
    for (const status of ['PENDING', 'SUSPENDED', 'SUSPENDED', 'ENDED'] as const)
      await makeContract({ policy: CENTRE, offerId: offer.id, status, signedAt: NOW, charges: [] });
    const after = (await dashboardData(admin, NOW)).contracts!;
    expect(after).toEqual({
      ...before,
      PENDING: before.PENDING + 1,
      SUSPENDED: before.SUSPENDED + 2,
      ENDED: before.ENDED + 1,
    });
    expect(after.VOID).toBe(0);
  });

  it("each live group's next session within two weeks, scoped to all, the centres' or a teacher's own", async () => {
    const teacher = await makeUser(['TEACHER']);
    const other = await makeUser(['TEACHER']);
    const a = await makeGroupWithSession({ teacherId: teacher.id, capacity: 10 }, new Date(NOW.getTime() + 2 * DAY));
    await db().liveSession.update({ where: { id: a.session.id }, data: { taken: 4 } });
    // A later session of the same group does not count; an earlier, cancelled one neither.
    await db().liveSession.createMany({
      data: [
        {
          groupId: a.groupId,
          teacherId: teacher.id,
          startsAt: new Date(NOW.getTime() + 9 * DAY),
          endsAt: new Date(NOW.getTime() + 9 * DAY + HOUR),
          capacity: 10,
          taken: 9,
        },
        {
          groupId: a.groupId,
          teacherId: teacher.id,
          startsAt: new Date(NOW.getTime() + DAY),
          endsAt: new Date(NOW.getTime() + DAY + HOUR),
          capacity: 10,
          taken: 1,
          status: 'CANCELLED',
        },
      ],
    });
    const b = await makeGroupWithSession({ teacherId: other.id, capacity: 8 }, new Date(NOW.getTime() + 3 * DAY));
    await db().liveSession.update({ where: { id: b.session.id }, data: { taken: 8 } });
    // Beyond the horizon, in the past, or a cancelled group: not listed.
    await makeGroupWithSession({ teacherId: teacher.id }, new Date(NOW.getTime() + 15 * DAY));
    await makeGroupWithSession({ teacherId: teacher.id }, new Date(NOW.getTime() - HOUR));
    const gone = await makeGroupWithSession({ teacherId: teacher.id }, new Date(NOW.getTime() + DAY));
    await db().liveGroup.update({ where: { id: gone.groupId }, data: { cancelledAt: NOW } });
    // Group b is a centre's.
    const centre = await db().centre.create({
      data: { slug: `c${uid()}`, name: 'Centrum', city: 'Warszawa', street: 'Prosta 1', postalCode: '00-001' },
    });
    const programme = await db().centreProgramme.create({
      data: { slug: `p${uid()}`, name: 'Fermat I', subject: 'maths', minAge: 7, maxAge: 9 },
    });
    const cg = await db().centreGroup.create({
      data: {
        liveGroupId: b.groupId,
        centreId: centre.id,
        programmeId: programme.id,
        schoolYear: 2026,
        classes: 32,
        priceAnnual: 1,
        priceHalf: 1,
        priceTen: 1,
      },
    });

    const all = (await dashboardData(admin, NOW)).occupancy!;
    expect(all.map((g) => [g.groupId, g.sessionId, g.taken, g.capacity, g.minParticipants, g.centreGroupId])).toEqual([
      [a.groupId, a.session.id, 4, 10, 6, null],
      [b.groupId, b.session.id, 8, 8, 6, cg.id],
    ]);
    const centres = (await dashboardData({ id: 's', roles: ['SUPPORT'] }, NOW)).occupancy!;
    expect(centres.map((g) => g.groupId)).toEqual([b.groupId]);
    const own = (await dashboardData({ id: teacher.id, roles: ['TEACHER'] }, NOW)).occupancy!;
    expect(own.map((g) => g.groupId)).toEqual([a.groupId]);
  });

  it('queues: how many wait and since when, only for those whose roles open the queue', async () => {
    const g = await makeGroup(5, { agreement: 'SUBMITTED' });
    await db().groupAgreement.updateMany({
      where: { groupId: g.groupId },
      data: { uploadedAt: new Date('2027-02-01T10:00:00Z') },
    });
    const upload = await db().participantUpload.create({
      data: {
        groupId: g.groupId,
        fileName: 'lista.xlsx',
        rowCount: 1,
        validCount: 1,
        uploadedById: g.admin.id,
        status: 'PROVISIONED',
      },
    });
    await db().finalReport.create({
      data: { groupId: g.groupId, uploadId: upload.id, rows: [], builtAt: new Date('2027-02-08T10:00:00Z') },
    });
    const complaint = (receivedAt: string, dueAt: string, answered = false) =>
      db().complaint.create({
        data: {
          number: `REK-${uid()}`,
          name: 'Anna',
          email: 'a@example.com',
          description: 'd',
          demand: 'x',
          ipHash: 'h',
          receivedAt: new Date(receivedAt),
          dueAt: new Date(dueAt),
          answeredAt: answered ? NOW : null,
        },
      });
    await complaint('2027-01-20T10:00:00Z', '2027-02-03T10:00:00Z'); // past its deadline
    await complaint('2027-02-09T10:00:00Z', '2027-02-23T10:00:00Z');
    await complaint('2027-01-01T10:00:00Z', '2027-01-15T10:00:00Z', true);
    const contract = await makeContract({ policy: CENTRE, status: 'ACTIVE', signedAt: NOW, charges: [] });
    const voided = await makeContract({ policy: CENTRE, status: 'PENDING', signedAt: NOW, charges: [] });
    await db().contract.update({ where: { id: voided.id }, data: { status: 'VOID' } });
    for (const [contractId, createdAt] of [
      [contract.id, '2027-02-10T09:00:00Z'],
      [voided.id, '2027-01-01T09:00:00Z'],
    ])
      await db().contractDiscount.create({
        data: {
          contractId,
          type: 'SIBLING',
          kind: 'PERCENT',
          value: 1000,
          total: 100,
          status: 'PENDING',
          createdAt: new Date(createdAt),
        },
      });
    const parent = await makePayer();
    const childUser = await makePayer();
    await db().child.create({
      data: {
        parentId: parent.id,
        userId: childUser.id,
        fullName: 'Zosia',
        birthYear: 2018,
        requestedShift: 1,
        classChangeStatus: 'PENDING',
        classChangeAt: new Date('2027-02-05T12:00:00Z'),
      },
    });
    const sold = await order({ paidAt: new Date('2026-12-01T10:00:00Z'), items: [{ totalGross: 100 }] });
    const invoice = await db().invoice.create({ data: { orderId: sold.id, saleDate: NOW, snapshot: {} } });
    await db().ksefDocument.create({
      data: {
        invoiceId: invoice.id,
        status: 'REJECTED',
        xmlKey: await storeFileNow(db(), 'ksef-xml', Buffer.from('<x/>'), 'application/xml'),
        xmlSha256: 'h',
        createdAt: new Date('2027-02-01T10:00:00Z'),
        updatedAt: new Date('2027-02-02T10:00:00Z'),
      },
    });
    await db().emailMessage.createMany({
      data: [
        {
          to: 'a@example.com',
          subject: 's',
          template: 't',
          status: 'QUEUED',
          attempts: 3,
          lastError: 'ECONNREFUSED',
          createdAt: new Date('2027-02-10T09:00:00Z'),
        },
        {
          to: 'b@example.com',
          subject: 's',
          template: 't',
          status: 'FAILED',
          createdAt: new Date('2027-02-10T10:00:00Z'),
        },
        {
          to: 'c@example.com',
          subject: 's',
          template: 't',
          status: 'QUEUED',
          createdAt: new Date('2027-02-10T08:00:00Z'),
        },
        {
          to: 'd@example.com',
          subject: 's',
          template: 't',
          status: 'SENT',
          createdAt: new Date('2027-02-10T07:00:00Z'),
        },
      ],
    });

    const q = (await dashboardData(admin, NOW)).queues;
    expect(q.agreements).toEqual({ count: 1, oldest: new Date('2027-02-01T10:00:00Z'), late: 0 });
    expect(q.reports).toEqual({ count: 1, oldest: new Date('2027-02-08T10:00:00Z'), late: 0 });
    expect(q.complaints).toEqual({ count: 2, oldest: new Date('2027-01-20T10:00:00Z'), late: 1 });
    expect(q.discounts).toEqual({ count: 1, oldest: new Date('2027-02-10T09:00:00Z'), late: 0 });
    expect(q.classChanges).toEqual({ count: 1, oldest: new Date('2027-02-05T12:00:00Z'), late: 0 });
    expect(q.ksefRejected).toEqual({ count: 1, oldest: new Date('2027-02-02T10:00:00Z'), late: 0 });
    expect(q.mailFailing).toEqual({ count: 2, oldest: new Date('2027-02-10T09:00:00Z'), late: 0 });
    expect(q.accounts!.count).toBe(await db().user.count());
    expect(q.courses!.count).toBe(await db().course.count());

    // Accounting's home: money and its own queues, no complaints, agreements or mail.
    const acc = await dashboardData({ id: 'x', roles: ['ACCOUNTING'] }, NOW);
    expect(Object.keys(acc.queues).sort()).toEqual(['discounts', 'ksefRejected']);
    expect(acc.sales).not.toBeNull();
    // Content staff: none of the money, contracts or queues.
    const content = await dashboardData({ id: 'x', roles: ['CONTENT'] }, NOW);
    expect([content.sales, content.refunds, content.overdue, content.contracts, content.occupancy]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(Object.keys(content.queues)).toEqual(['courses']);
  });

  it('reads the whole home in the same six statements however many rows there are', async () => {
    const client = db();
    const raw = vi.spyOn(client, '$queryRaw');
    const grouped = vi.spyOn(client.contract, 'groupBy');
    await dashboardData(admin, NOW);
    const first = raw.mock.calls.length + grouped.mock.calls.length;
    // More of everything: orders, overdue charges, groups with sessions.
    const teacher = await makeUser(['TEACHER']);
    for (let i = 0; i < 5; i++) {
      await order({
        paidAt: new Date(NOW.getTime() - i * HOUR),
        items: [{ totalGross: 100 }, { totalGross: 200, kind: 'FAMILY_PACKAGE' }],
      });
      await makeContract({
        policy: CENTRE,
        status: 'ACTIVE',
        signedAt: NOW,
        charges: [{ dueDate: `2027-01-0${i + 1}` }],
      });
      await makeGroupWithSession({ teacherId: teacher.id }, new Date(NOW.getTime() + (i + 1) * DAY));
    }
    raw.mockClear();
    grouped.mockClear();
    await dashboardData(admin, NOW);
    expect(first).toBe(6);
    expect(raw.mock.calls.length + grouped.mock.calls.length).toBe(6);
    raw.mockRestore();
    grouped.mockRestore();
  });
});
