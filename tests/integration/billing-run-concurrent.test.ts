// The run is keyed by (charge, step): run twice, or twice at the same moment from two instances,
// it changes each contract once and queues each e-mail once — and every e-mail it queued renders.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { runBillingDay } from '@/lib/billing/run/daily';
import { renderedBody } from '@/lib/mail/stored';
import { chargePayUrl } from '@/lib/billing/payments/link';
import { CENTRE, LICENCE, LIVE, RAZEM, at, makeContract } from './billing-run-fixtures';

const DAY = '2027-03-11';

/** 10 of each: to suspend, to terminate, to void, to remind, to demand, and with nothing due. */
async function mix() {
  const ids: Record<string, string[]> = { suspend: [], terminate: [], void: [], remind: [], demand: [], idle: [] };
  for (let i = 0; i < 10; i++) {
    const signedAt = at('2027-01-05', 10);
    ids.suspend.push(
      (await makeContract({ policy: RAZEM, status: 'ACTIVE', signedAt, charges: [{ dueDate: '2027-03-10' }] })).id,
    );
    ids.terminate.push(
      (await makeContract({ policy: LIVE, status: 'ACTIVE', signedAt, charges: [{ dueDate: '2027-03-11' }] })).id,
    );
    ids.void.push(
      (await makeContract({ policy: LICENCE, status: 'PENDING', signedAt, charges: [{ dueDate: '2027-03-10' }] })).id,
    );
    ids.remind.push(
      (await makeContract({ policy: RAZEM, status: 'ACTIVE', signedAt, charges: [{ dueDate: '2027-03-14' }] })).id,
    );
    ids.demand.push(
      (await makeContract({ policy: CENTRE, status: 'ACTIVE', signedAt, charges: [{ dueDate: '2027-03-04' }] })).id,
    );
    ids.idle.push(
      (await makeContract({ policy: RAZEM, status: 'ACTIVE', signedAt, charges: [{ dueDate: '2027-04-05' }] })).id,
    );
  }
  return ids;
}

async function outcome(ids: Record<string, string[]>) {
  const all = Object.values(ids).flat();
  const contracts = await db().contract.findMany({ where: { id: { in: all } }, select: { id: true, status: true } });
  const status = Object.fromEntries(contracts.map((c) => [c.id, c.status]));
  const mails = await db().emailMessage.findMany({
    where: { OR: all.map((id) => ({ onceKey: { startsWith: `billing:${id}:` } })) },
  });
  const events = await db().contractEvent.findMany({ where: { contractId: { in: all } } });
  const steps = await db().billingStep.findMany({ where: { contractId: { in: all } } });
  return { status, mails, events, steps };
}

function expectOnce(ids: Record<string, string[]>, o: Awaited<ReturnType<typeof outcome>>) {
  for (const id of ids.suspend) expect(o.status[id]).toBe('SUSPENDED');
  for (const id of ids.terminate) expect(o.status[id]).toBe('ENDED');
  for (const id of ids.void) expect(o.status[id]).toBe('VOID');
  for (const id of [...ids.remind, ...ids.demand, ...ids.idle]) expect(o.status[id]).toBe('ACTIVE');
  // One e-mail per moved contract (the reminders due on a suspension day stay quiet), none to the idle.
  expect(o.mails).toHaveLength(50);
  for (const id of Object.values(ids)
    .flat()
    .filter((x) => !ids.idle.includes(x)))
    expect(o.mails.filter((m) => m.onceKey!.startsWith(`billing:${id}:`))).toHaveLength(1);
  // One event per step taken, never two of a kind on one contract.
  const kinds = o.events.map((e) => `${e.contractId}:${e.kind}`);
  expect(new Set(kinds).size).toBe(kinds.length);
  expect(o.events).toHaveLength(o.steps.length);
}

describe('the daily run, twice and concurrently', () => {
  it('a rerun the same day changes nothing and queues nothing', async () => {
    const ids = await mix();
    const first = await runBillingDay(at(DAY));
    expect(first.steps).toMatchObject({ suspend: 10, terminate: 10, void: 10, demand: 10 });
    const once = await outcome(ids);
    expectOnce(ids, once);
    const again = await runBillingDay(at(DAY, 9));
    expect(again.emails).toBe(0);
    expect(Object.values(again.steps).every((n) => n === 0)).toBe(true);
    const twice = await outcome(ids);
    expect(twice.mails).toHaveLength(once.mails.length);
    expect(twice.events).toHaveLength(once.events.length);
  });

  it('two runs at the same moment change each contract once and send each e-mail once', async () => {
    const ids = await mix();
    const [a, b] = await Promise.all([runBillingDay(at(DAY)), runBillingDay(at(DAY))]);
    const o = await outcome(ids);
    expectOnce(ids, o);
    // Between them the two runs took each step once.
    expect(a.steps.suspend + b.steps.suspend).toBe(10);
    expect(a.steps.terminate + b.steps.terminate).toBe(10);
    expect(a.emails + b.emails).toBe(50);
  });

  it('every e-mail the run queued renders, with the charge’s signed pay link', async () => {
    const ids = await mix();
    await runBillingDay(at(DAY));
    const { mails } = await outcome(ids);
    const seen = new Set<string>();
    for (const m of mails) {
      if (seen.has(m.template)) continue;
      seen.add(m.template);
      expect(m.html).toBeNull(); // rendered on delivery
      const body = await renderedBody(m);
      const props = m.props as { chargeId: string; contractNumber: string; owes?: boolean };
      expect(body.text).toContain(props.contractNumber);
      // Nothing to pay once voided, or ended with the unpaid period cancelled (Live L6).
      const payable = m.template !== 'billing-voided' && props.owes !== false;
      expect(body.html.includes(chargePayUrl(props.chargeId))).toBe(payable);
    }
    expect([...seen].sort()).toEqual([
      'billing-demand',
      'billing-reminder',
      'billing-suspended',
      'billing-terminated',
      'billing-voided',
    ]);
  });
});
