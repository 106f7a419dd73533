// The demo centres from `npm start`: two centres and a partner school, five programmes, this
// year's groups (one nearly full, one below 6) and next year's, zosia on a real Warsaw group's
// ten instalments; seeding twice changes nothing.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { seedDemoData } from '@/lib/demo/seed';
import { schoolYearOf } from '@/lib/centres/groups/classes';
import { warsawToday } from '@/lib/billing/rules/days';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  emailsDispatched: async () => {},
  enqueueMany: async () => {},
}));

describe('the demo centres', () => {
  it('are seeded once through the centre services', async () => {
    await seedDemoData();
    await seedDemoData();
    const year = schoolYearOf(warsawToday(new Date()));
    const centres = await db().centre.findMany({ orderBy: { city: 'asc' } });
    expect(centres.map((c) => [c.city, c.kind, c.continuationKind, c.continuationValue])).toEqual([
      ['Gdańsk', 'PARTNER_SCHOOL', 'PERCENT', 1000],
      ['Kraków', 'CENTRE', 'AMOUNT', 20_000],
      ['Warszawa', 'CENTRE', 'PERCENT', 1000],
    ]);
    expect(await db().centreProgramme.count()).toBe(5);
    const groups = await db().centreGroup.findMany({
      include: { liveGroup: { include: { _count: { select: { sessions: true, members: true } } } }, centre: true },
    });
    for (const g of groups) expect(g.liveGroup._count.sessions).toBe(g.classes);
    expect(groups.filter((g) => g.centre.kind === 'PARTNER_SCHOOL').every((g) => g.classes === 28)).toBe(true);
    const thisYear = groups.filter((g) => g.schoolYear === year);
    expect(thisYear.length).toBeGreaterThanOrEqual(6);
    expect(groups.filter((g) => g.schoolYear === year + 1).length).toBeGreaterThanOrEqual(2);
    const seats = thisYear.map((g) => g.liveGroup._count.members);
    expect(seats).toContain(11);
    expect(seats.some((n) => n > 0 && n < 6)).toBe(true);
    expect(await db().billingOffer.count({ where: { product: 'centre', liveGroupId: null } })).toBe(0);

    const zosia = await db().user.findUniqueOrThrow({ where: { login: 'zosia' }, include: { childProfile: true } });
    expect(zosia.childProfile?.birthDate).not.toBeNull();
    const contract = await db().contract.findFirstOrThrow({
      where: { beneficiaryId: zosia.id, offer: { product: 'centre' } },
      include: { offer: true },
    });
    expect(contract.offer.planCode).toBe('centre-ten');
    // In force whatever the day: what is due so far paid, or one instalment overdue mid-month.
    expect(contract.status).toBe('ACTIVE');
    expect(contract.offer.slug).toMatch(/^centrum-.+-raty$/);
    const group = await db().centreGroup.findUniqueOrThrow({
      where: { liveGroupId: contract.offer.liveGroupId! },
      include: { centre: true, programme: true },
    });
    expect([group.centre.city, group.programme.name, group.schoolYear]).toEqual(['Warszawa', 'Fermat II', year]);
  });
});
