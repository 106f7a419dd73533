// Certificate lifecycle (issue 17): a refund (here a withdrawal) revokes the certificate with the
// access, PayU cancelling the refund restores it, verification says "revoked" with the date, the
// download refuses with a page, a corrected name re-issues a valid certificate but not a revoked
// one, and an unknown or malformed number is a 404 of the verification page itself.
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { issueCertificate, reissueCertificate } from '@/lib/certificates/issue';
import { verifyCertificate } from '@/lib/certificates/verify';
import { generateCertificateNumber } from '@/lib/certificates/number';
import { withdrawFromOrder } from '@/lib/settlement/withdrawals';
import { refundOrder } from '@/lib/settlement/refunds';
import { handleRefundNotification } from '@/lib/settlement/notifications';
import { listMyCourses } from '@/lib/learning/my-courses';
import type { CurrentUser } from '@/lib/auth/session';
import { updateProfile } from '@/lib/privacy/profile/profile';

import { setUpCoursePurchases } from './course-purchases';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock('@/lib/auth/session', async (real) => ({
  ...(await real<typeof import('@/lib/auth/session')>()),
  currentUser: async () => session.user,
}));

const DAY = 86_400_000;
const { shop, buyer, paidOrder } = setUpCoursePurchases();

/** A passed final test on the buyer's enrolment in the course `slug`, then the certificate. */
async function certified(userId: string, slug: string, at: Date) {
  const enrolment = await db().enrolment.findFirstOrThrow({ where: { userId, course: { slug } } });
  await db().testAttempt.create({
    data: {
      enrolmentId: enrolment.id,
      number: 1,
      seed: 's',
      questionIds: [],
      startedAt: at,
      submittedAt: at,
      points: 9,
      maxPoints: 10,
      percent: 90,
      passed: true,
    },
  });
  return { enrolment, cert: (await issueCertificate(userId, slug, at))! };
}

async function download(user: CurrentUser, slug: string) {
  session.user = user;
  const { GET } = await import('@/app/nauka/[slug]/zaswiadczenie/route');
  const res = await GET(new Request(`http://localhost/nauka/${slug}/zaswiadczenie`), {
    params: Promise.resolve({ slug }),
  });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
}

async function verificationPage(number: string) {
  const { default: VerifyPage } = await import('@/app/certyfikaty/[number]/page');
  return VerifyPage({ params: Promise.resolve({ number }) });
}

describe('a refunded purchase', () => {
  it('revokes the certificate with the access: verified as revoked with the date, the PDF refused with a page', async () => {
    const { user, order } = await paidOrder();
    const passedAt = new Date(order.paidAt!.getTime() + DAY);
    const { enrolment, cert } = await certified(user.id, 'excel', passedAt);
    expect((await download(user, 'excel')).type).toBe('application/pdf');

    await withdrawFromOrder(user.id, order.id, new Date(order.paidAt!.getTime() + 5 * DAY));
    const row = await db().certificate.findUniqueOrThrow({ where: { enrolmentId: enrolment.id } });
    expect(row.revokedAt).not.toBeNull();
    expect(row.revokedReason).toBe('refund');
    expect(await verifyCertificate(cert.number)).toEqual({
      status: 'revoked',
      number: cert.number,
      courseTitle: 'excel',
      issuedAt: passedAt,
      revokedAt: row.revokedAt,
      reason: 'refund',
    });
    const refused = await download(user, 'excel');
    expect(refused.status).toBe(410);
    expect(refused.type).toMatch(/^text\/html/);
    expect(refused.body).toContain('unieważnione');
    expect(refused.body).not.toContain('%PDF');
    // The learner's own list says so instead of offering the file.
    const [tile] = await listMyCourses(user.id);
    expect(tile).toMatchObject({ state: 'revoked', certificateNumber: null, certificateRevokedAt: row.revokedAt });
    // Audited in the refund's transaction, with the number.
    const audit = await db().auditEntry.findFirstOrThrow({
      where: { action: 'certificate.revoked', objectId: order.id },
    });
    expect(audit.after).toMatchObject({ reason: 'refund', certificates: [cert.number] });
  });

  it('a passed but never downloaded certificate is not issued after the refund', async () => {
    const { user, order } = await paidOrder();
    const enrolment = await db().enrolment.findFirstOrThrow({ where: { userId: user.id } });
    await db().testAttempt.create({
      data: {
        enrolmentId: enrolment.id,
        number: 1,
        seed: 's',
        questionIds: [],
        percent: 95,
        passed: true,
        startedAt: order.paidAt!,
        submittedAt: order.paidAt!,
      },
    });
    await withdrawFromOrder(user.id, order.id, new Date(order.paidAt!.getTime() + DAY));
    await expect(issueCertificate(user.id, 'excel')).rejects.toThrow(/nie zostanie wydane/);
    expect((await download(user, 'excel')).status).toBe(410);
    expect(await db().certificate.count({ where: { enrolmentId: enrolment.id } })).toBe(0);
  });

  it('a refund PayU cancels gives the certificate back with the access', async () => {
    const { user, order } = await paidOrder();
    const staff = await buyer();
    const { cert } = await certified(user.id, 'excel', order.paidAt!);
    const done = await refundOrder({
      orderId: order.id,
      amount: 19900,
      itemIds: [],
      description: 'Z',
      staffId: staff.id,
    });
    expect((await verifyCertificate(cert.number)).status).toBe('revoked');
    const refund = await db().refund.findUniqueOrThrow({ where: { id: done.refundId } });
    await shop.sim.idle();
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: order.id } });
    shop.sim.orders.get(payment.payuOrderId!)!.refunds.find((r) => r.refundId === refund.payuRefundId)!.status =
      'CANCELED';
    await handleRefundNotification({
      kind: 'refund',
      orderId: 'x',
      refundId: refund.payuRefundId!,
      amount: refund.amount,
      currencyCode: 'PLN',
      status: 'CANCELED',
    });
    expect(await verifyCertificate(cert.number)).toMatchObject({ status: 'genuine', fullName: 'Ewa Łąka' });
    expect(await db().auditEntry.count({ where: { action: 'certificate.restored', objectId: order.id } })).toBe(1);
    expect((await download(user, 'excel')).type).toBe('application/pdf');
  });
});

describe('a corrected name', () => {
  it('re-issues a valid certificate: the old number verifies as replaced by the new one, with the date', async () => {
    const { user, order } = await paidOrder();
    const { enrolment, cert } = await certified(user.id, 'excel', order.paidAt!);
    const on = new Date(order.paidAt!.getTime() + 3 * DAY);
    const fresh = await db().$transaction((tx) => reissueCertificate(tx, enrolment.id, 'Ewa Łąkowska', on));
    expect(fresh).toMatch(/^PL-/);
    expect(await verifyCertificate(cert.number)).toMatchObject({
      status: 'replaced',
      replacedBy: fresh,
      replacedAt: on,
    });
    expect(await verifyCertificate(fresh!)).toMatchObject({
      status: 'genuine',
      fullName: 'Ewa Łąkowska',
      issuedAt: on,
    });
  });

  it('made by the learner in /konto re-issues their own certificate under the corrected name', async () => {
    const { user, order } = await paidOrder();
    const { cert } = await certified(user.id, 'excel', order.paidAt!);
    await updateProfile(user.id, { firstName: 'Ewa', lastName: 'Łąkowa', phone: '' });
    const old = await verifyCertificate(cert.number);
    expect(old).toMatchObject({ status: 'replaced' });
    const current = old.status === 'replaced' ? old.replacedBy : '';
    expect(await verifyCertificate(current)).toMatchObject({ status: 'genuine', fullName: 'Ewa Łąkowa' });
    // Saving the same name again changes nothing.
    await updateProfile(user.id, { firstName: 'Ewa', lastName: 'Łąkowa', phone: '' });
    expect(await db().certificateReplacement.count({ where: { certificate: { number: current } } })).toBe(1);
  });

  it('leaves a revoked certificate revoked', async () => {
    const { user, order } = await paidOrder();
    const { enrolment, cert } = await certified(user.id, 'excel', order.paidAt!);
    await withdrawFromOrder(user.id, order.id, new Date(order.paidAt!.getTime() + DAY));
    const fresh = await db().$transaction((tx) => reissueCertificate(tx, enrolment.id, 'Ewa Inna', new Date()));
    expect(fresh).toBeNull();
    expect((await verifyCertificate(cert.number)).status).toBe('revoked');
  });
});

describe('the verification page', () => {
  it('answers 404 (notFound) for a number nobody issued and for one that is no number', async () => {
    for (const number of [generateCertificateNumber(), 'NIEISTNIEJE']) {
      await expect(verificationPage(number)).rejects.toMatchObject({ digest: expect.stringMatching(/404/) });
    }
  });

  it('shows a revoked number (200) with its state, not as not found', async () => {
    const { user, order } = await paidOrder();
    const { cert } = await certified(user.id, 'excel', order.paidAt!);
    await withdrawFromOrder(user.id, order.id, new Date(order.paidAt!.getTime() + DAY));
    const page = await verificationPage(cert.number);
    const card = (page.props as { children: { props: { v: unknown } }[] }).children[0];
    expect(card.props.v).toMatchObject({ status: 'revoked', number: cert.number });
  });
});
