// Staff roles where data is written (lib/staff, lib/settlement/refunds.ts): support is refused a
// refund by the service itself, accounting refunds; nobody removes the last administrator, even
// two at once; a blocked account cannot log in and its sessions end; invitations and the lookup.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import type { Role } from '@/lib/db/generated/enums';
import { hashPassword } from '@/lib/auth/password';
import { authenticate } from '@/lib/auth/authenticate';
import { liveSession, openSession } from '@/lib/auth/sessions';
import { resetPassword } from '@/lib/auth/accounts';
import { refundOrder } from '@/lib/settlement/refunds';
import { payu } from '@/lib/payments/gateway';
import { actorWith } from '@/lib/staff/authority';
import { changeStaffRole, inviteStaff, staffList } from '@/lib/staff/team';
import { blockAccount, sendResetLink, unblockAccount } from '@/lib/staff/account-actions';
import { lookupAccounts } from '@/lib/staff/lookup';
import { staffAccountPage } from '@/lib/staff/account-page';
import { setUpCoursePurchases } from './course-purchases';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

const { paidOrder } = setUpCoursePurchases();

let n = 0;
async function person(roles: Role[], password = 'Haslo12345') {
  n += 1;
  return db().user.create({
    data: {
      email: `s${n}@example.pl`,
      login: `osoba${n}`,
      firstName: 'Ala',
      lastName: `Zespół${n}`,
      passwordHash: await hashPassword(password),
      roles,
    },
  });
}
const audits = (objectId: string, action?: string) =>
  db().auditEntry.findMany({ where: { objectId, ...(action ? { action } : {}) }, orderBy: { at: 'asc' } });
/** Leaves exactly one administrator standing: every other one loses the role (test isolation). */
async function onlyAdmin(id: string) {
  const others = await db().user.findMany({ where: { roles: { has: 'ADMINISTRATOR' }, id: { not: id } } });
  for (const o of others) await db().user.update({ where: { id: o.id }, data: { roles: ['LEARNER'] } });
}

describe('refunds are accounting’s', () => {
  it('support is refused a refund by the service: nothing reserved, nothing audited, PayU never asked', async () => {
    const { order } = await paidOrder();
    const support = await person(['SUPPORT']);
    const asked = vi.spyOn(payu(), 'refund');
    await expect(
      refundOrder({
        orderId: order.id,
        amount: 5000,
        itemIds: [],
        description: 'Reklamacja',
        staffId: support.id,
        staffPermission: 'orders:refund',
      }),
    ).rejects.toThrow(/Nie masz uprawnień/);
    expect(asked).not.toHaveBeenCalled();
    asked.mockRestore();
    expect(await db().refund.count({ where: { orderId: order.id } })).toBe(0);
    expect(await audits(order.id)).toHaveLength(0);
    expect(await db().order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ refundedGross: 0 });
  });

  it('accounting refunds part of the order, and the order’s history names who did it', async () => {
    const { order } = await paidOrder();
    const accounting = await person(['ACCOUNTING']);
    const done = await refundOrder({
      orderId: order.id,
      amount: 5000,
      itemIds: [],
      description: 'Częściowy zwrot',
      staffId: accounting.id,
      staffPermission: 'orders:refund',
    });
    expect(done.amount).toBe(5000);
    expect(await db().order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      refundedGross: 5000,
      status: 'PARTIALLY_REFUNDED',
    });
    const history = await audits(order.id, 'refund.requested');
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ actorId: accounting.id, objectType: 'order' });
  });

  it('a role taken away after the page loaded is refused at the refund', async () => {
    const { order } = await paidOrder();
    const accounting = await person(['ACCOUNTING']);
    await db().user.update({ where: { id: accounting.id }, data: { roles: ['SUPPORT'] } });
    const req = { orderId: order.id, amount: 100, itemIds: [], description: 'x', staffId: accounting.id };
    await expect(refundOrder({ ...req, staffPermission: 'orders:refund' })).rejects.toThrow(/uprawnień/);
  });

  it('a content editor may not read the mailbox; support may', async () => {
    const content = await person(['CONTENT']);
    const support = await person(['SUPPORT']);
    await expect(actorWith(db(), content.id, 'panel:mailbox')).rejects.toThrow(/uprawnień/);
    await expect(actorWith(db(), support.id, 'panel:mailbox')).resolves.toMatchObject({ id: support.id });
  });
});

describe('roles in /panel/zespol', () => {
  it('an administrator grants accounting; the change is one audit row with before and after; a repeat changes nothing', async () => {
    const admin = await person(['ADMINISTRATOR']);
    const colleague = await person(['SUPPORT']);
    const r = await changeStaffRole(admin.id, { userId: colleague.id, role: 'ACCOUNTING', grant: true });
    expect(r.outcome).toBe('changed');
    expect((await db().user.findUniqueOrThrow({ where: { id: colleague.id } })).roles).toEqual([
      'SUPPORT',
      'ACCOUNTING',
    ]);
    const again = await changeStaffRole(admin.id, { userId: colleague.id, role: 'ACCOUNTING', grant: true });
    expect(again.outcome).toBe('unchanged');
    const rows = await audits(colleague.id, 'user.roles.changed');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId: admin.id,
      before: { roles: ['SUPPORT'] },
      after: { roles: ['SUPPORT', 'ACCOUNTING'] },
    });
    expect((await staffList()).find((m) => m.id === colleague.id)?.roles).toEqual(['ACCOUNTING', 'SUPPORT']);
  });

  it('only administrators grant roles: support cannot make itself an administrator', async () => {
    const support = await person(['SUPPORT']);
    await expect(
      changeStaffRole(support.id, { userId: support.id, role: 'ADMINISTRATOR', grant: true }),
    ).rejects.toThrow(/uprawnień/);
    expect((await db().user.findUniqueOrThrow({ where: { id: support.id } })).roles).toEqual(['SUPPORT']);
    expect(await audits(support.id)).toHaveLength(0);
  });

  it('the last administrator cannot remove their own role', async () => {
    const admin = await person(['ADMINISTRATOR']);
    await onlyAdmin(admin.id);
    await expect(changeStaffRole(admin.id, { userId: admin.id, role: 'ADMINISTRATOR', grant: false })).rejects.toThrow(
      /ostatni administrator/,
    );
    expect(await audits(admin.id)).toHaveLength(0);
  });

  it('two administrators removing each other at the same moment: the lock lets exactly one through', async () => {
    const a = await person(['ADMINISTRATOR']);
    const b = await person(['ADMINISTRATOR']);
    await onlyAdmin(a.id);
    await db().user.update({ where: { id: b.id }, data: { roles: ['ADMINISTRATOR'] } });
    const results = await Promise.allSettled([
      changeStaffRole(a.id, { userId: b.id, role: 'ADMINISTRATOR', grant: false }),
      changeStaffRole(b.id, { userId: a.id, role: 'ADMINISTRATOR', grant: false }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await db().user.count({ where: { roles: { has: 'ADMINISTRATOR' } } })).toBe(1);
  });

  it('an invitation makes an account with a one-time password link; the link sets the password', async () => {
    const admin = await person(['ADMINISTRATOR']);
    const { userId } = await inviteStaff(admin.id, {
      email: 'Nowa.Osoba@Example.pl',
      firstName: 'Nowa',
      lastName: 'Osoba',
      role: 'CONTENT',
    });
    const invited = await db().user.findUniqueOrThrow({ where: { id: userId } });
    expect(invited).toMatchObject({ email: 'nowa.osoba@example.pl', roles: ['CONTENT'] });
    const mail = await db().emailMessage.findFirstOrThrow({
      where: { to: 'nowa.osoba@example.pl', template: 'staff-invitation' },
    });
    const token = /\/haslo\/nowe\/([\w-]+)/.exec(mail.text ?? '')?.[1];
    expect(token).toBeTruthy();
    await resetPassword(token!, 'NoweHaslo2026');
    expect((await authenticate('nowa.osoba@example.pl', 'NoweHaslo2026', '10.1.1.1')).ok).toBe(true);
    expect(await audits(userId, 'user.roles.changed')).toHaveLength(1);
    await expect(
      inviteStaff(admin.id, { email: 'nowa.osoba@example.pl', firstName: 'N', lastName: 'O', role: 'CONTENT' }),
    ).rejects.toThrow(/ma już tę rolę/);
  });
});

describe('blocking an account', () => {
  it('a blocked account cannot log in, its sessions end at once; unblocking lets it log in again', async () => {
    const support = await person(['SUPPORT']);
    const learner = await person(['LEARNER'], 'Kursant2026');
    const s1 = await openSession({ userId: learner.id });
    const s2 = await openSession({ userId: learner.id });
    expect(await liveSession(s1, learner.id)).not.toBeNull();

    const done = await blockAccount(support.id, learner.id, 'Zgłoszenie nadużycia');
    expect(done).toEqual({ sessionsEnded: 2, changed: true });
    expect(await liveSession(s1, learner.id)).toBeNull();
    expect(await liveSession(s2, learner.id)).toBeNull();
    expect(await authenticate(learner.email!, 'Kursant2026', '10.2.2.2')).toEqual({ ok: false, reason: 'invalid' });
    expect(await audits(learner.id, 'user.blocked')).toHaveLength(1);
    expect((await staffAccountPage(learner.id))?.sessions.every((s) => !s.live)).toBe(true);

    await unblockAccount(support.id, learner.id, '');
    expect((await authenticate(learner.email!, 'Kursant2026', '10.2.2.3')).ok).toBe(true);
    expect(await audits(learner.id, 'user.unblocked')).toHaveLength(1);
  });

  it('support may not block staff, nobody blocks themselves, and the last administrator stays unblocked', async () => {
    const support = await person(['SUPPORT']);
    const colleague = await person(['CONTENT']);
    await expect(blockAccount(support.id, colleague.id, '')).rejects.toThrow(/tylko administrator/);
    await expect(blockAccount(support.id, support.id, '')).rejects.toThrow(/własnego konta/);
    const admin = await person(['ADMINISTRATOR']);
    await expect(blockAccount(admin.id, colleague.id, '')).resolves.toMatchObject({ changed: true });
    expect(await audits(support.id)).toHaveLength(0);
  });

  it('a reset link from support is the ordinary reset e-mail, audited', async () => {
    const support = await person(['SUPPORT']);
    const learner = await person(['LEARNER']);
    expect(await sendResetLink(support.id, learner.id)).toBe(learner.email);
    expect(await db().emailMessage.count({ where: { to: learner.email!, template: 'password-reset' } })).toBe(1);
    expect(await audits(learner.id, 'user.password-reset.sent')).toHaveLength(1);
  });
});

describe('the user lookup', () => {
  it('finds an account by name, e-mail, login, order number and NIP; wildcards are literal', async () => {
    const { user, order } = await paidOrder();
    await db().order.update({ where: { id: order.id }, data: { nip: '5260250274' } });
    const ids = async (q: string) => (await lookupAccounts(q)).map((a) => a.id);
    expect(await ids(user.email!)).toContain(user.id);
    expect(await ids(order.number.toLowerCase())).toEqual([user.id]);
    expect(await ids('526-025-02-74')).toEqual([user.id]);
    expect(await ids('ewa łąka')).toContain(user.id);
    expect(await ids('%')).toEqual([]);
    expect(await ids('   ')).toEqual([]);
    const page = await staffAccountPage(user.id);
    expect(page?.orders.map((o) => o.number)).toEqual([order.number]);
    expect(page?.consents[0]).toMatchObject({ kind: 'terms', order: order.number });
  });
});
