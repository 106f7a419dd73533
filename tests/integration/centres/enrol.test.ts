// Enrolling a child in a centre group against a real database: the accounts, the contract on the
// chosen plan in the group's school year, every refusal with nothing written, and the year's
// dunning on an enrolled contract (a missed instalment → demand at +7 → termination notice at +14).
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { enrolInCentreGroup, type EnrolInput } from '@/lib/centres/enrol/enrol';
import { runBillingDay } from '@/lib/billing/run/daily';
import { at, chargesOf, contractRow, mailsOf } from '../billing-run-fixtures';
import { payCharge } from '../billing-run-pay';
import { guest, makeCentreGroup, makeChild, makeParent } from './enrol-fixtures';

const base = (centreGroupId: string, over: Partial<EnrolInput> = {}): EnrolInput => ({
  centreGroupId,
  plan: 'centre-ten',
  payMethod: 'LINK',
  child: 'new',
  childFirstName: 'Staś',
  childLastName: 'Wiśniewski',
  childBirthDate: '2018-05-20',
  continuation: false,
  immediateStart: true,
  ...over,
});

const counts = async () => ({
  users: await db().user.count(),
  children: await db().child.count(),
  contracts: await db().contract.count(),
  mails: await db().emailMessage.count(),
});

const day = (d: Date) => d.toISOString().slice(0, 10);

describe('enrolment in a centre group', () => {
  it('a guest: the parent account (PARENT, set-password e-mail), the child with a day of birth, ten instalments and the pack', async () => {
    const g = await makeCentreGroup();
    const email = `marta${Date.now()}@example.pl`;
    const r = await enrolInCentreGroup(null, base(g.id, { parent: guest(email) }), at('2026-08-20', 12));
    if (r.fieldErrors) throw new Error(JSON.stringify(r.fieldErrors));
    expect(r).toMatchObject({ newAccount: true, payMethod: 'LINK' });
    const parent = await db().user.findUniqueOrThrow({ where: { email } });
    expect(parent.roles).toEqual(['PARENT']);
    const child = await db().child.findFirstOrThrow({ where: { parentId: parent.id }, include: { user: true } });
    expect(child).toMatchObject({ fullName: 'Staś Wiśniewski', birthYear: 2018 });
    expect(day(child.birthDate!)).toBe('2018-05-20');
    expect(child.user).toMatchObject({ roles: ['CHILD'], parentId: parent.id });
    const c = await contractRow(r.contractId);
    expect(c).toMatchObject({ status: 'PENDING', payerId: parent.id, beneficiaryId: child.userId, amount: 340000 });
    const charges = await chargesOf(r.contractId);
    expect(charges.map((x) => [x.kind, x.amount, day(x.dueDate)])).toEqual([
      ['INSTALMENT', 34000, '2026-08-27'],
      ['FEE', 16900, '2026-08-27'],
      ...[
        '2026-10-12', // the 10th is a Saturday (art. 115 k.c.)
        '2026-11-10',
        '2026-12-10',
        '2027-01-11', // a Sunday
        '2027-02-10',
        '2027-03-10',
        '2027-04-12', // a Saturday
        '2027-05-10',
        '2027-06-10',
      ].map((d) => ['INSTALMENT', 34000, d]),
    ]);
    expect(r.firstDue.amount).toBe(34000 + 16900);
    const mails = await db().emailMessage.findMany({ where: { to: email }, select: { template: true } });
    expect(mails.map((m) => m.template).sort()).toEqual(['billing-signed', 'centre-welcome']);
    expect(await db().passwordResetToken.count({ where: { userId: parent.id } })).toBe(1);
  });

  it('a signed-in parent enrols their child by transfer: a pro-forma for the yearly payment', async () => {
    const g = await makeCentreGroup();
    const parent = await makeParent();
    const kid = await makeChild(parent.id, '2018-01-15');
    const r = await enrolInCentreGroup(
      parent.id,
      base(g.id, { child: kid.id, plan: 'centre-annual', payMethod: 'TRANSFER' }),
      at('2026-09-01', 12),
    );
    if (r.fieldErrors) throw new Error(JSON.stringify(r.fieldErrors));
    expect(r.proformaNumber).toBeTruthy();
    expect(await contractRow(r.contractId)).toMatchObject({ payMethod: 'TRANSFER', beneficiaryId: kid.userId });
    // Due before the first class (7 September), sooner than 5 business days.
    expect((await chargesOf(r.contractId)).map((x) => [x.kind, day(x.dueDate)])).toEqual([
      ['INSTALMENT', '2026-09-06'],
      ['FEE', '2026-09-06'],
    ]);
  });

  it('an existing child without a day of birth gets the one typed in the form', async () => {
    const g = await makeCentreGroup();
    const parent = await makeParent();
    const kid = await makeChild(parent.id, null);
    const r = await enrolInCentreGroup(
      parent.id,
      base(g.id, { child: kid.id, childBirthDate: '2017-11-02', payMethod: 'DESK' }),
      at('2026-08-20'),
    );
    expect(r.fieldErrors).toBeUndefined();
    const row = await db().child.findUniqueOrThrow({ where: { id: kid.id } });
    expect(day(row.birthDate!)).toBe('2017-11-02');
  });

  it('joining after the first class pays for the classes ahead, the pack at 100 zł after January', async () => {
    const g = await makeCentreGroup({ classes: 32, priceAnnual: 320000 });
    const parent = await makeParent();
    const kid = await makeChild(parent.id, '2018-03-03');
    // 7 Sep … 8 Feb 2027: 23 classes held (the fixture's weeks skip no holidays), 9 of 32 ahead.
    const r = await enrolInCentreGroup(
      parent.id,
      base(g.id, { child: kid.id, plan: 'centre-annual' }),
      at('2027-02-09', 12),
    );
    if (r.fieldErrors) throw new Error(JSON.stringify(r.fieldErrors));
    expect((await contractRow(r.contractId)).amount).toBe(90000);
    expect((await chargesOf(r.contractId)).map((x) => [x.kind, x.amount])).toEqual([
      ['INSTALMENT', 90000],
      ['FEE', 10000],
    ]);
  });

  it('a June sign-up for next year: next year instalments and the full pack; a group without a pack charges none', async () => {
    const next = await makeCentreGroup({ schoolYear: 2027, firstDay: '2027-09-06' });
    const parent = await makeParent();
    const kid = await makeChild(parent.id, '2019-06-01');
    const r = await enrolInCentreGroup(parent.id, base(next.id, { child: kid.id }), at('2027-06-15', 12));
    if (r.fieldErrors) throw new Error(JSON.stringify(r.fieldErrors));
    const charges = await chargesOf(r.contractId);
    expect(charges.map((x) => day(x.dueDate)).slice(2)).toEqual([
      '2027-10-11', // the 10th is a Sunday
      '2027-11-10',
      '2027-12-10',
      '2028-01-10',
      '2028-02-10',
      '2028-03-10',
      '2028-04-10',
      '2028-05-10',
      '2028-06-12', // a Saturday
    ]);
    expect(charges[1]).toMatchObject({ kind: 'FEE', amount: 16900 });

    const noPack = await makeCentreGroup({ starterPack: false });
    const other = await makeChild(parent.id, '2018-06-01', 'Ala');
    const r2 = await enrolInCentreGroup(parent.id, base(noPack.id, { child: other.id }), at('2026-08-20'));
    if (r2.fieldErrors) throw new Error(JSON.stringify(r2.fieldErrors));
    expect((await chargesOf(r2.contractId)).some((x) => x.kind === 'FEE')).toBe(false);
  });
});

describe('enrolment refusals: each beside its field, nothing written', () => {
  it.each([
    ['too young', { childBirthDate: '2020-01-01' }, 'childBirthDate', /w wieku 7–9 lat.*6/],
    ['too old', { childBirthDate: '2015-01-01' }, 'childBirthDate', /w wieku 7–9 lat.*11/],
    ['no day of birth', { childBirthDate: '' }, 'childBirthDate', /datę urodzenia/],
    ['a day of birth ahead', { childBirthDate: '2030-01-01' }, 'childBirthDate', /przyszłości/],
    ['no child name', { childFirstName: ' ' }, 'childFirstName', /imię dziecka/],
    ['an unknown plan', { plan: 'razem-monthly' as never }, 'plan', /sposób płatności/],
    ['a sibling name too short', { sibling: 'A' }, 'sibling', /./],
    ['continuation without last year', { continuation: true }, 'continuation', /./],
  ])('%s', async (_name, over, field, message) => {
    const g = await makeCentreGroup();
    const before = await counts();
    const r = await enrolInCentreGroup(null, base(g.id, { parent: guest(), ...over }), at('2026-08-20'));
    expect(r.fieldErrors?.[field]).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it('a full group (paid members and pending enrolments hold the seats)', async () => {
    const g = await makeCentreGroup({ capacity: 2 });
    for (const name of ['Ala', 'Ola']) {
      const p = await makeParent();
      const k = await makeChild(p.id, '2018-02-02', name);
      const r = await enrolInCentreGroup(p.id, base(g.id, { child: k.id }), at('2026-08-20'));
      expect(r.fieldErrors).toBeUndefined();
    }
    const before = await counts();
    const r = await enrolInCentreGroup(null, base(g.id, { parent: guest() }), at('2026-08-20'));
    expect(r.fieldErrors).toEqual({ group: expect.stringMatching(/nie ma już wolnych miejsc/) });
    expect(await counts()).toEqual(before);
  });

  it('the same child twice in one group, even on another plan', async () => {
    const g = await makeCentreGroup();
    const parent = await makeParent();
    const kid = await makeChild(parent.id, '2018-02-02');
    expect(
      (await enrolInCentreGroup(parent.id, base(g.id, { child: kid.id }), at('2026-08-20'))).fieldErrors,
    ).toBeUndefined();
    const before = await counts();
    const r = await enrolInCentreGroup(
      parent.id,
      base(g.id, { child: kid.id, plan: 'centre-annual' }),
      at('2026-08-21'),
    );
    expect(r.fieldErrors).toEqual({ child: expect.stringMatching(/już zapisane/) });
    expect(await counts()).toEqual(before);
  });

  it('another parent child, an address with an account, a cancelled or finished group', async () => {
    const g = await makeCentreGroup();
    const parent = await makeParent();
    const stranger = await makeParent();
    const theirs = await makeChild(stranger.id, '2018-02-02');
    const before = await counts();
    const notMine = await enrolInCentreGroup(parent.id, base(g.id, { child: theirs.id }), at('2026-08-20'));
    expect(notMine.fieldErrors).toEqual({ child: expect.any(String) });
    const taken = await enrolInCentreGroup(null, base(g.id, { parent: guest(parent.email!) }), at('2026-08-20'));
    expect(taken.fieldErrors).toEqual({ email: expect.stringMatching(/zaloguj się/) });
    const ended = await enrolInCentreGroup(null, base(g.id, { parent: guest() }), at('2027-06-30'));
    expect(ended.fieldErrors).toEqual({ group: expect.stringMatching(/skończyły/) });
    await db().liveGroup.update({ where: { id: g.liveGroupId }, data: { cancelledAt: at('2026-08-01') } });
    const cancelled = await enrolInCentreGroup(null, base(g.id, { parent: guest() }), at('2026-08-20'));
    expect(cancelled.fieldErrors).toEqual({ group: expect.stringMatching(/odwołana/) });
    expect(await counts()).toEqual(before);
    expect((await enrolInCentreGroup(null, base('nope', { parent: guest() }))).fieldErrors).toEqual({
      group: expect.any(String),
    });
  });
});

describe('enrolments at once', () => {
  it('the last seat goes to one of two; one child sent twice is enrolled once', async () => {
    const g = await makeCentreGroup({ capacity: 1 });
    const [a, b] = await Promise.all([
      enrolInCentreGroup(null, base(g.id, { parent: guest() }), at('2026-08-20')),
      enrolInCentreGroup(null, base(g.id, { parent: guest() }), at('2026-08-20')),
    ]);
    expect([a, b].filter((r) => !r.fieldErrors)).toHaveLength(1);
    expect([a, b].find((r) => r.fieldErrors)?.fieldErrors).toEqual({ group: expect.stringMatching(/wolnych miejsc/) });

    const roomy = await makeCentreGroup();
    const parent = await makeParent();
    const kid = await makeChild(parent.id, '2018-02-02');
    const twice = await Promise.all(
      ['centre-ten', 'centre-annual'].map((plan) =>
        enrolInCentreGroup(parent.id, base(roomy.id, { child: kid.id, plan: plan as 'centre-ten' }), at('2026-08-20')),
      ),
    );
    expect(twice.filter((r) => !r.fieldErrors)).toHaveLength(1);
    expect(await db().contract.count({ where: { beneficiaryId: kid.userId } })).toBe(1);
  });
});

describe('a school year on ten instalments (S5, S8, S12)', () => {
  it('enrol → first paid → the October instalment missed → demand at +7 → termination notice at +14', async () => {
    const g = await makeCentreGroup();
    const parent = await makeParent();
    const kid = await makeChild(parent.id, '2018-04-04');
    const r = await enrolInCentreGroup(parent.id, base(g.id, { child: kid.id }), at('2026-08-24', 12));
    if (r.fieldErrors) throw new Error(JSON.stringify(r.fieldErrors));
    const [first, pack, october] = await chargesOf(r.contractId);
    // 10 October 2026 is a Saturday: due on Monday the 12th (art. 115 k.c.).
    expect(day(october.dueDate)).toBe('2026-10-12');
    await payCharge(first.id, at('2026-08-25', 10));
    await payCharge(pack.id, at('2026-08-25', 10));
    const active = await contractRow(r.contractId);
    expect(active.status).toBe('ACTIVE');
    expect(await db().liveGroupMember.count({ where: { groupId: g.liveGroupId, userId: kid.userId } })).toBe(1);

    const dunning = async () =>
      (await mailsOf(r.contractId))
        .map((m) => m.template)
        .filter((x) => x === 'billing-demand' || x === 'billing-termination-notice');
    for (const d of ['2026-10-12', '2026-10-13', '2026-10-18']) await runBillingDay(at(d));
    expect(await dunning()).toEqual([]);
    await runBillingDay(at('2026-10-19'));
    await runBillingDay(at('2026-10-19', 9)); // a rerun the same day sends nothing twice
    expect(await dunning()).toEqual(['billing-demand']);
    const demand = (await mailsOf(r.contractId)).find((m) => m.template === 'billing-demand')!;
    expect(demand.to).toBe(parent.email);
    expect(demand.props).toMatchObject({ payBy: '2026-10-26' });
    await runBillingDay(at('2026-10-25'));
    expect(await dunning()).toEqual(['billing-demand']);
    await runBillingDay(at('2026-10-26'));
    expect(await dunning()).toEqual(['billing-demand', 'billing-termination-notice']);
    expect((await mailsOf(r.contractId)).find((m) => m.template === 'billing-termination-notice')!.props).toMatchObject(
      {
        endsOn: '2026-11-02',
      },
    );
    expect((await contractRow(r.contractId)).status).toBe('ACTIVE');
  });
});
