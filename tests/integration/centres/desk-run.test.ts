// A contract paid at the centre's desk in the daily run: its reminders and the demand say the
// charge can be paid in cash or by card at the centre (with its address) or by the link; a LINK
// contract's e-mails say nothing of the desk.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { templates } from '@/emails';
import { runBillingDay } from '@/lib/billing/run/daily';
import { bookDeskPayment } from '@/lib/centres/desk/book';
import { enrolChild, makeCentreGroup, makePerson } from './desk-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueueMany: async () => {},
  enqueue: async () => {},
}));

const SIGNED = new Date('2026-09-02T08:00:00Z');

describe('DESK contracts in the daily run', () => {
  it('reminders and the demand name the desk and the centre; a LINK contract does not', async () => {
    const g = await makeCentreGroup({ firstClass: new Date('2026-09-09T14:00:00Z') });
    const desk = await enrolChild(g.offers.ten.id, SIGNED, 'DESK');
    const link = await enrolChild(g.offers.ten.id, SIGNED, 'LINK');
    // The first payments made (the pack and the first instalment), the second instalment missed.
    const staff = await makePerson(['ACCOUNTING']);
    for (const k of [desk, link]) {
      const open = await db().contractCharge.findMany({ where: { contractId: k.contractId }, orderBy: { seq: 'asc' } });
      const next = open.find((c) => c.refundable)!;
      for (const c of open.filter((x) => x.seq <= next.seq))
        await bookDeskPayment(
          { chargeId: c.id, method: 'CASH', amount: c.amount - c.discount, bookedById: staff.id },
          SIGNED,
        );
    }
    const second = await db().contractCharge.findFirstOrThrow({
      where: { contractId: desk.contractId, status: 'OPEN' },
      orderBy: { seq: 'asc' },
    });
    const due = second.dueDate.getTime();
    for (const days of [0, 7])
      await runBillingDay(new Date(due + days * 86_400_000 + 9 * 3_600_000), {
        payerEmails: [desk.parent.email!, link.parent.email!],
      });

    const mails = await db().emailMessage.findMany({
      where: {
        to: { in: [desk.parent.email!, link.parent.email!] },
        template: { in: ['billing-reminder', 'billing-demand'] },
      },
    });
    const of = (to: string, template: string) => mails.filter((m) => m.to === to && m.template === template);
    expect(of(desk.parent.email!, 'billing-demand')).toHaveLength(1);
    expect(of(desk.parent.email!, 'billing-reminder').length).toBeGreaterThan(0);
    for (const m of mails.filter((x) => x.to === desk.parent.email)) {
      expect((m.props as { deskPlace: string }).deskPlace).toBe('ul. Puławska 10, 02-500 Warszawa');
      const text = templates[m.template as 'billing-demand'].text(m.props as never, 'pl');
      expect(text).toContain('w kasie centrum (ul. Puławska 10, 02-500 Warszawa)');
      expect(text).toContain('Zapłać tutaj:');
    }
    const linkMails = mails.filter((x) => x.to === link.parent.email);
    expect(linkMails.length).toBeGreaterThan(0);
    for (const m of linkMails) {
      expect((m.props as { deskPlace: unknown }).deskPlace).toBeNull();
      expect(templates[m.template as 'billing-demand'].text(m.props as never, 'pl')).not.toContain('kasie centrum');
    }
  });
});
