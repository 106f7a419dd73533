// "Wyślij przypomnienie teraz": staff send the reminder for the contract's oldest open charge. The
// onceKey carries the current minute, so a double click sends one e-mail while a deliberate
// resend a minute later sends another; the history gets a row either way it was sent.
import { db } from '@/lib/db/client';
import { NotFoundError, UserError } from '@/lib/errors';
import { currentTime } from '@/lib/clock/clock';
import { actorWith } from '@/lib/staff/authority';
import { dispatchEmails } from '@/lib/jobs/queues';
import { billingOnceKey, queueBillingEmail } from '@/lib/billing/contracts/mail';
import { recordEvent } from '@/lib/billing/contracts/events';
import { dateToDay, daysBetween, warsawToday } from '@/lib/billing/rules/days';

export async function sendReminderNow(actorId: string, contractId: string, now = currentTime()) {
  const { emailId, to } = await db().$transaction(async (tx) => {
    await actorWith(tx, actorId, 'panel:contracts');
    const c = await tx.contract.findUnique({
      where: { id: contractId },
      select: {
        id: true,
        number: true,
        payMethod: true,
        offer: { select: { title: true, liveGroupId: true } },
        payer: { select: { firstName: true, email: true } },
        charges: { where: { status: 'OPEN' }, orderBy: [{ dueDate: 'asc' }, { seq: 'asc' }], take: 1 },
      },
    });
    if (!c) throw new NotFoundError('contract');
    const charge = c.charges[0];
    if (!charge) throw new UserError('billingPanel.actions.nothingToRemind');
    const due = dateToDay(charge.dueDate);
    const days = daysBetween(warsawToday(now), due);
    const minute = now.toISOString().slice(0, 16);
    // DESK: the reminder says where the centre takes cash and cards, as the daily run's do.
    const deskPlace =
      c.payMethod === 'DESK'
        ? ((c.offer.liveGroupId &&
            (await tx.liveGroup.findUnique({ where: { id: c.offer.liveGroupId }, select: { place: true } }))?.place) ??
          '')
        : null;
    const id = await queueBillingEmail(
      tx,
      billingOnceKey(c.id, charge.id, `manual:${minute}`),
      c.payer.email,
      'billing-reminder',
      {
        firstName: c.payer.firstName,
        contractNumber: c.number,
        offerTitle: c.offer.title,
        chargeId: charge.id,
        chargeLabel: charge.label,
        amount: charge.amount - charge.discount,
        currency: charge.currency,
        dueDate: due,
        stage: days > 0 ? 'before' : days === 0 ? 'due' : 'after',
        days: Math.abs(days),
        deskPlace,
      },
    );
    if (id)
      await recordEvent(tx, c.id, 'reminder-manual', {
        chargeId: charge.id,
        actorId,
        detail: { emailId: id },
        at: now,
      });
    return { emailId: id, to: c.payer.email ?? '' };
  });
  if (emailId) await dispatchEmails([emailId]);
  return { to };
}
