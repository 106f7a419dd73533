// The "new terms" notice (one e-mail per person per version, safe to run twice), accepting the
// new terms, and the retention jobs: rows past the privacy policy's periods go, recent ones stay.
import { afterEach, describe, expect, it, vi } from 'vitest';
process.env.TEST_CLOCK = '1';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { currentTime, resetClock } from '@/lib/clock/clock';
import { needsTermsAcceptance } from '@/lib/auth/terms';
import { latestVersion } from '@/lib/legal/registry';
import { queueTermsNotices, termsNoticeKey } from '@/lib/legal/notices';
import { acceptTerms, termsBannerFor } from '@/lib/legal/acceptance';
import { legalDay } from '@/lib/legal/pages';
import { purgeSupportRecords } from '@/lib/support/retention';
import { purgeAuthRecords } from '@/lib/auth/retention';
import { purgeEmailBodies } from '@/lib/mail/retention';
import { purgeAbandonedOrders } from '@/lib/orders/retention';
import { seedDemoData } from '@/lib/demo/seed';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  emailsDispatched: async () => {},
  enqueueMany: async () => {},
}));
afterEach(() => resetClock());

let n = 0;
const unique = (prefix: string) => `${prefix}${Date.now()}${++n}`;
const DAY = 86_400_000;
const ago = (days: number) => new Date(currentTime().getTime() - days * DAY);
const latest = latestVersion('terms').version;

async function user(data: { termsVersion?: string | null; email?: string | null; roles?: ('LEARNER' | 'CHILD')[] }) {
  return db().user.create({
    data: {
      email: data.email === null ? null : `${unique('u')}@example.com`,
      login: data.email === null ? unique('login') : null,
      firstName: 'Anna',
      lastName: 'Nowak',
      passwordHash: 'x',
      termsVersion: data.termsVersion === undefined ? '2026-12-01' : data.termsVersion,
      roles: data.roles ?? ['LEARNER'],
    },
    select: { id: true, email: true },
  });
}

describe('the new-terms notice', () => {
  it('goes once per person per version to those who accepted an older one, and running twice sends nothing more', async () => {
    const older = await user({});
    const never = await user({ termsVersion: null });
    const upToDate = await user({ termsVersion: latest });
    const child = await user({ roles: ['CHILD'] });
    const noEmail = await user({ email: null });

    await queueTermsNotices();
    await queueTermsNotices();

    const notices = (id: string) => db().emailMessage.findMany({ where: { onceKey: termsNoticeKey(id, latest) } });
    for (const u of [older, never]) {
      const mails = await notices(u.id);
      expect(mails).toHaveLength(1);
      expect(mails[0]!.to).toBe(u.email);
      expect(mails[0]!.template).toBe('terms-changed');
      expect(mails[0]!.text).toContain(`/regulamin/${latest}#co-sie-zmienia`);
      expect(mails[0]!.subject).toBe(`Zmiana regulaminu Planety od ${legalDay(latestVersion('terms').effectiveFrom)}`);
    }
    for (const u of [upToDate, child, noEmail]) expect(await notices(u.id)).toHaveLength(0);
    expect(await db().emailMessage.count({ where: { to: older.email!, template: 'terms-changed' } })).toBe(1);
  });
});

describe('accepting the new terms from the banner', () => {
  it('records the version and the moment, after which no banner is shown', async () => {
    const u = await user({});
    expect(needsTermsAcceptance('2026-12-01')).toBe(true);
    expect(await termsBannerFor(u.id)).toMatchObject({ version: latest });
    await acceptTerms(u.id, latest);
    const after = await db().user.findUniqueOrThrow({ where: { id: u.id } });
    expect(after.termsVersion).toBe(latest);
    expect(after.termsAcceptedAt).not.toBeNull();
    expect(await termsBannerFor(u.id)).toBeNull();
    // A second acceptance keeps the first moment.
    await acceptTerms(u.id, latest, new Date(currentTime().getTime() + DAY));
    expect((await db().user.findUniqueOrThrow({ where: { id: u.id } })).termsAcceptedAt).toEqual(after.termsAcceptedAt);
  });

  it('refuses a version that is not the one offered, and never shows the banner to a child', async () => {
    const u = await user({});
    await expect(acceptTerms(u.id, '2026-11-01')).rejects.toBeInstanceOf(UserError);
    expect((await db().user.findUniqueOrThrow({ where: { id: u.id } })).termsVersion).toBe('2026-12-01');
    const child = await user({ roles: ['CHILD'], termsVersion: null });
    expect(await termsBannerFor(child.id)).toBeNull();
  });
});

describe('retention', () => {
  it('deletes contact messages after a year and answered complaints three years after the answer', async () => {
    const base = { name: 'Jan', email: 'jan@example.com', ipHash: 'h' };
    const oldMsg = await db().contactMessage.create({
      data: { ...base, topic: 'OTHER', message: 'stara', createdAt: ago(370) },
    });
    const newMsg = await db().contactMessage.create({
      data: { ...base, topic: 'OTHER', message: 'nowa', createdAt: ago(300) },
    });
    const complaint = (answeredDaysAgo: number | null, receivedDaysAgo: number) =>
      db().complaint.create({
        data: {
          ...base,
          number: unique('REK-'),
          description: 'd',
          demand: 'd',
          receivedAt: ago(receivedDaysAgo),
          dueAt: ago(receivedDaysAgo - 14),
          answer: answeredDaysAgo === null ? null : 'odpowiedź',
          answeredAt: answeredDaysAgo === null ? null : ago(answeredDaysAgo),
        },
      });
    const oldAnswered = await complaint(3 * 366 + 2, 3 * 366 + 10);
    const recentAnswered = await complaint(700, 710);
    const oldUnanswered = await complaint(null, 2000);

    const r = await purgeSupportRecords();
    expect(r.contactMessages).toBeGreaterThanOrEqual(1);
    expect(await db().contactMessage.findUnique({ where: { id: oldMsg.id } })).toBeNull();
    expect(await db().contactMessage.findUnique({ where: { id: newMsg.id } })).not.toBeNull();
    expect(await db().complaint.findUnique({ where: { id: oldAnswered.id } })).toBeNull();
    expect(await db().complaint.findUnique({ where: { id: recentAnswered.id } })).not.toBeNull();
    expect(await db().complaint.findUnique({ where: { id: oldUnanswered.id } })).not.toBeNull();
  });

  it('deletes password-reset links a day after use or expiry and lapsed login counters', async () => {
    const u = await user({});
    const token = (expiresDaysAgo: number, usedDaysAgo: number | null) =>
      db().passwordResetToken.create({
        data: {
          userId: u.id,
          tokenHash: unique('t'),
          expiresAt: ago(expiresDaysAgo),
          usedAt: usedDaysAgo === null ? null : ago(usedDaysAgo),
        },
      });
    const expired = await token(2, null);
    const used = await token(-1, 2);
    const live = await token(-0.04, null);
    const justExpired = await token(0.5, null);
    await db().loginThrottle.createMany({
      data: [
        { key: unique('ip:old'), failures: 3, windowStart: ago(2), lockedUntil: null },
        { key: unique('ip:new'), failures: 3, windowStart: ago(0.01), lockedUntil: null },
      ],
    });
    await purgeAuthRecords();
    const left = (await db().passwordResetToken.findMany({ where: { userId: u.id } })).map((t) => t.id);
    expect(left.sort()).toEqual([live.id, justExpired.id].sort());
    expect(left).not.toContain(expired.id);
    expect(left).not.toContain(used.id);
    const keys = (await db().loginThrottle.findMany()).map((t) => t.key);
    expect(keys.some((k) => k.startsWith('ip:old'))).toBe(false);
    expect(keys.some((k) => k.startsWith('ip:new'))).toBe(true);
  });

  it('removes sent e-mail bodies after 12 months and the record after 3 years, never a queued one', async () => {
    const mail = (days: number, status: 'SENT' | 'QUEUED') =>
      db().emailMessage.create({
        data: {
          to: 'x@example.com',
          subject: 'Temat',
          html: '<p>treść</p>',
          text: 'treść',
          template: 'welcome',
          status,
          createdAt: ago(days),
        },
      });
    const recent = await mail(200, 'SENT');
    const year = await mail(400, 'SENT');
    const ancient = await mail(3 * 366 + 5, 'SENT');
    const queued = await mail(400, 'QUEUED');
    await purgeEmailBodies();
    await purgeEmailBodies();
    const get = (id: string) => db().emailMessage.findUnique({ where: { id } });
    expect((await get(recent.id))!.text).toBe('treść');
    const stripped = (await get(year.id))!;
    expect(stripped.text).not.toContain('treść');
    expect(stripped.html).not.toContain('treść');
    expect(stripped.subject).toBe('Temat');
    expect(await get(ancient.id)).toBeNull();
    expect((await get(queued.id))!.text).toBe('treść');
  });

  it('deletes orders never paid after 90 days; paid orders (and their invoices) stay', async () => {
    const u = await user({});
    const order = (days: number, paid: boolean) =>
      db().order.create({
        data: {
          number: unique('ZAM-'),
          checkoutKey: unique('k'),
          userId: u.id,
          totalGross: 19900,
          buyerType: 'PERSON',
          buyerName: 'Anna Nowak',
          buyerEmail: u.email!,
          termsVersion: '2026-12-01',
          termsAcceptedAt: ago(days),
          createdAt: ago(days),
          status: paid ? 'PAID' : 'AWAITING_PAYMENT',
          paidAt: paid ? ago(days) : null,
          payments: {
            create: {
              extOrderId: unique('ext'),
              status: paid ? 'COMPLETED' : 'CANCELED',
              amount: 19900,
              currency: 'PLN',
            },
          },
        },
        select: { id: true },
      });
    const abandoned = await order(91, false);
    const complainedAbout = await order(120, false);
    await db().complaint.create({
      data: {
        number: unique('REK-'),
        orderId: complainedAbout.id,
        name: 'Anna',
        email: u.email!,
        description: 'd',
        demand: 'd',
        ipHash: 'h',
        receivedAt: ago(100),
        dueAt: ago(86),
      },
    });
    const recent = await order(30, false);
    const paidLongAgo = await order(4 * 365, true);
    await purgeAbandonedOrders();
    const exists = async (id: string) => (await db().order.findUnique({ where: { id } })) !== null;
    expect(await exists(abandoned.id)).toBe(false);
    expect(await db().payment.count({ where: { orderId: abandoned.id } })).toBe(0);
    expect(await exists(recent.id)).toBe(true);
    expect(await exists(paidLongAgo.id)).toBe(true);
    expect(await exists(complainedAbout.id)).toBe(true);
  });
});

describe('the demo support data', () => {
  it('gives the staff queue an open complaint within 14 days, an answered one with its order and a contact message, once', async () => {
    await seedDemoData();
    await seedDemoData();
    const open = await db().complaint.findUniqueOrThrow({ where: { number: 'REK-DEMO-OTWARTA' } });
    expect(open.answeredAt).toBeNull();
    expect(open.dueAt.getTime()).toBeGreaterThan(currentTime().getTime());
    const answered = await db().complaint.findUniqueOrThrow({
      where: { number: 'REK-DEMO-ROZPATRZONA' },
      include: { order: true },
    });
    expect(answered.answer).not.toBeNull();
    expect(answered.order?.checkoutKey).toBe('demo-support-order');
    expect(await db().complaint.count({ where: { number: { startsWith: 'REK-DEMO-' } } })).toBe(2);
    expect(await db().order.count({ where: { checkoutKey: 'demo-support-order' } })).toBe(1);
    expect(await db().contactMessage.count({ where: { email: 'hr@przyklad-firma.pl' } })).toBe(1);
  }, 120_000);
});
