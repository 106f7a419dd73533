// The public finder and the group page model against a real database: filters, seats left,
// groups cancelled or over left out, each plan's schedule as enrolling now would lay it out.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { findCentreGroups } from '@/lib/centres/finder/find';
import { centreGroupPage } from '@/lib/centres/finder/group-page';
import { enrolInCentreGroup } from '@/lib/centres/enrol/enrol';
import { at } from '../billing-run-fixtures';
import { makeCentreGroup, makeChild, makeParent } from './enrol-fixtures';

describe('the centre finder', () => {
  it('filters by city, place, subject and age; shows seats left; leaves out cancelled and finished groups', async () => {
    const now = at('2026-08-20', 12);
    const city = `Miasto${Date.now()}`;
    const maths = await makeCentreGroup({ city, minAge: 7, maxAge: 9, capacity: 10 });
    const code = await makeCentreGroup({ city, subject: 'programming', minAge: 10, maxAge: 12 });
    const cancelled = await makeCentreGroup({ city });
    await db().liveGroup.update({ where: { id: cancelled.liveGroupId }, data: { cancelledAt: now } });
    const over = await makeCentreGroup({ city, firstDay: '2025-09-01', schoolYear: 2025 });
    const parent = await makeParent();
    const kid = await makeChild(parent.id, '2018-01-01');
    await enrolInCentreGroup(
      parent.id,
      {
        centreGroupId: maths.id,
        plan: 'centre-ten',
        payMethod: 'LINK',
        child: kid.id,
        continuation: false,
        immediateStart: false,
      },
      now,
    );

    const all = await findCentreGroups({ city }, now);
    expect(all.groups.map((g) => g.id).sort()).toEqual([maths.id, code.id].sort());
    expect(all.groups.find((g) => g.id === maths.id)).toMatchObject({ seatsLeft: 9, priceFrom: 320000 });
    expect(all.cities).toContain(city);
    expect(all.groups.map((g) => g.id)).not.toContain(over.id);
    expect(all.groups.map((g) => g.id)).not.toContain(cancelled.id);

    expect((await findCentreGroups({ city, subject: 'programming' }, now)).groups.map((g) => g.id)).toEqual([code.id]);
    expect((await findCentreGroups({ city, age: 8 }, now)).groups.map((g) => g.id)).toEqual([maths.id]);
    expect((await findCentreGroups({ city, age: 13 }, now)).groups).toEqual([]);
    expect((await findCentreGroups({ centreId: code.centreId }, now)).groups.map((g) => g.id)).toEqual([code.id]);
  });

  it('the group page: three plans in the group school year, the guarantee day for one enrolling today', async () => {
    const g = await makeCentreGroup({ firstDay: '2026-09-07' });
    const page = await centreGroupPage(g.id, at('2026-08-20', 12));
    expect(page).toMatchObject({ open: true, seatsLeft: 12, classesAhead: 32, guaranteeUntil: '2026-09-15' });
    expect(page!.plans.map((p) => [p.planCode, p.amount, p.schedule.length])).toEqual([
      ['centre-annual', 320000, 2],
      ['centre-half', 330000, 3],
      ['centre-ten', 340000, 11],
    ]);
    // Mid-year: the classes ahead only, the late pack.
    const late = await centreGroupPage(g.id, at('2027-02-09', 12));
    expect(late!.plans[0]).toMatchObject({ amount: 90000, listPrice: 320000 });
    expect(late!.plans[0].schedule[1]).toMatchObject({ kind: 'FEE', amount: 10000 });
    expect(await centreGroupPage('missing')).toBeNull();
  });
});
