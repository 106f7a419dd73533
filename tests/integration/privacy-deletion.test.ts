// "Usuń konto": one transaction that anonymises the person, keeps their orders and invoices valid
// (the PDF still shows the buyer it was issued to, the series stays gap-free), ends their sessions,
// frees the e-mail and confirms by e-mail; refused with the reason while a payment is pending, a
// refund is in progress or the person is a group's only admin, and with a wrong password.
import { storeFileNow } from '@/lib/storage';
import { execFileSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { UserError, userErrorText } from '@/lib/errors';
import { authenticate } from '@/lib/auth/authenticate';
import { hashPassword } from '@/lib/auth/password';
import { liveSession, openSession } from '@/lib/auth/sessions';
import { registerUser } from '@/lib/auth/accounts';
import { generateCertificateNumber } from '@/lib/certificates/number';
import { verifyCertificate } from '@/lib/certificates/verify';
import { addChild } from '@/lib/families/children';
import { salesDocumentFor } from '@/lib/invoices/order-invoice-pdf';
import { deleteAccount } from '@/lib/privacy/deletion/delete-account';
import { makeGroup } from './groups-fixtures';
import { PASSWORD, setUpPrivacyShop } from './privacy-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueue: async () => {},
  enqueueMany: async () => {},
}));

const { person, order, studied } = setUpPrivacyShop();

const pdfText = (pdf: Buffer) =>
  execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');

async function refusal(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  if (!(e instanceof UserError)) throw new Error(`expected a refusal, got ${String(e)}`);
  return userErrorText(e).error;
}

describe('deleting an account', () => {
  it('anonymises the person, keeps invoices valid and the series gap-free, ends sessions, frees the e-mail', async () => {
    const ewa = await person('Ewa', 'Kasowana');
    const before = await order(await person('Adam', 'Przed'));
    const mine = await order(ewa);
    const cert = generateCertificateNumber();
    await studied(ewa, cert);
    const session = await openSession({ userId: ewa.id });
    await db().officeMessage.create({
      data: {
        learnerId: ewa.id,
        authorId: ewa.id,
        fromOffice: false,
        body: 'Skan paszportu w załączniku.',
        files: {
          create: [
            {
              fileName: 'paszport.pdf',
              mimeType: 'application/pdf',
              size: 4,
              fileKey: await storeFileNow(db(), 'office-files', Buffer.from('%PDF'), 'application/pdf'),
            },
          ],
        },
      },
    });
    // Delivered by now (the delivery job is not run here); queued ones are left for delivery.
    await db().emailMessage.updateMany({ where: { to: ewa.email! }, data: { status: 'SENT' } });
    const oldMails = await db().emailMessage.count({ where: { to: ewa.email! } });
    expect(oldMails).toBeGreaterThan(0);

    const result = await deleteAccount(ewa.id, PASSWORD);

    const u = await db().user.findUniqueOrThrow({ where: { id: ewa.id } });
    expect(`${u.firstName} ${u.lastName}`).toBe(`Usunięty użytkownik #${result.shortId}`);
    expect(u).toMatchObject({ email: null, login: null, phone: null, passwordHash: '' });
    expect(u.deletedAt).not.toBeNull();
    // Sessions ended, no login with the old address, which a new account may now take.
    expect(await liveSession(session, ewa.id)).toBeNull();
    expect(await db().authSession.count({ where: { userId: ewa.id, revokedAt: null } })).toBe(0);
    expect((await authenticate(ewa.email!, PASSWORD, '10.0.0.9')).ok).toBe(false);
    await registerUser({ firstName: 'Nowa', lastName: 'Osoba', email: ewa.email!, password: PASSWORD });

    // The order and its invoice stay, the PDF shows the buyer it was issued to.
    const kept = await db().order.findUniqueOrThrow({
      where: { id: mine.id },
      include: { invoice: true, payments: true },
    });
    expect(kept.invoice!.number).toBe(mine.invoice!.number);
    expect(kept.payments.length).toBeGreaterThan(0);
    const doc = await salesDocumentFor(mine.id, null);
    expect(doc?.kind).toBe('INVOICE');
    const text = pdfText(doc!.pdf);
    expect(text).toContain('Ewa Kasowana');
    expect(text).toContain(mine.invoice!.number!);
    // The series: the invoice after the deletion takes the next number, none is skipped or reused.
    const after = await order(await person('Jan', 'Po'));
    const seqs = [before, mine, after].map((o) => o.invoice!.seq!);
    expect(seqs[1]).toBe(seqs[0]! + 1);
    expect(seqs[2]).toBe(seqs[1]! + 1);

    // Progress and results gone; the certificate stays verifiable, its enrolment revoked.
    expect(await db().lessonProgress.count({ where: { enrolment: { userId: ewa.id } } })).toBe(0);
    expect(await db().testAttempt.count({ where: { enrolment: { userId: ewa.id } } })).toBe(0);
    expect(await db().enrolment.findFirst({ where: { userId: ewa.id } })).toMatchObject({ status: 'REVOKED' });
    expect(await verifyCertificate(cert)).toMatchObject({ status: 'genuine', fullName: 'Ewa Kasowana' });
    expect(await db().contactMessage.count({ where: { userId: ewa.id } })).toBe(0);
    // The thread with the language school's office goes, its files (a passport scan) with it.
    expect(await db().officeMessage.count({ where: { learnerId: ewa.id } })).toBe(0);
    expect(await db().officeMessageFile.count({ where: { message: { learnerId: ewa.id } } })).toBe(0);

    // The old messages keep subject and date only; the confirmation went to the old address.
    const addressed = await db().emailMessage.findMany({ where: { to: ewa.email! }, select: { template: true } });
    expect(addressed.map((m) => m.template)).toEqual(['account-deleted', 'welcome']);
    const anonymised = await db().emailMessage.findMany({ where: { to: `#${result.shortId}` } });
    expect(anonymised).toHaveLength(oldMails);
    expect(anonymised.every((m) => m.props === null && !m.text?.includes('Ewa'))).toBe(true);
    const confirmation = await db().emailMessage.findFirstOrThrow({
      where: { template: 'account-deleted', to: ewa.email! },
    });
    expect(confirmation.text).toContain('art. 112 ustawy o VAT');

    // The record of what was done, for the audit log.
    const record = await db().accountDeletion.findUniqueOrThrow({ where: { userId: ewa.id } });
    expect(record.summary).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'invoice', action: 'keep', basis: 'tax', count: 1 }),
        expect.objectContaining({ type: 'lessonProgress', action: 'delete', count: 1 }),
        expect.objectContaining({ type: 'certificate', action: 'keep', basis: 'certificate', count: 1 }),
      ]),
    );
    // A second deletion finds nothing to delete.
    await expect(deleteAccount(ewa.id, PASSWORD)).rejects.toThrow();
  });

  it('is refused while a payment is pending, and changes nothing', async () => {
    const ewa = await person('Ewa', 'Czeka');
    await order(ewa, { pay: false });
    expect(await refusal(deleteAccount(ewa.id, PASSWORD))).toMatch(/płatność w toku/);
    const u = await db().user.findUniqueOrThrow({ where: { id: ewa.id } });
    expect(u).toMatchObject({ email: ewa.email, firstName: 'Ewa', deletedAt: null });
    expect(await db().emailMessage.count({ where: { template: 'account-deleted', to: ewa.email! } })).toBe(0);
  });

  it('is refused with a wrong password', async () => {
    const ewa = await person('Ewa', 'Haslo');
    expect(await refusal(deleteAccount(ewa.id, 'zle-haslo-123'))).toBe('Hasło jest nieprawidłowe.');
  });

  it('is refused for the only admin of an active group, offering a second admin', async () => {
    const g = await makeGroup(3);
    await db().user.update({ where: { id: g.admin.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
    expect(await refusal(deleteAccount(g.admin.id, PASSWORD))).toMatch(/jedynym administratorem.*Firma Sp\. z o\.o\./);
  });

  it('removes a parent’s children without a paid package with it, freeing their logins', async () => {
    const ewa = await person('Ewa', 'Rodzic');
    await db().user.update({ where: { id: ewa.id }, data: { roles: ['PARENT'] } });
    await addChild(ewa.id, { fullName: 'Ola Rodzic', birthYear: 2016, login: 'ola.del', password: PASSWORD });
    await deleteAccount(ewa.id, PASSWORD);
    expect(await db().child.count({ where: { parentId: ewa.id } })).toBe(0);
    expect(await db().user.count({ where: { login: 'ola.del' } })).toBe(0);
  });

  it('keeps a child with a paid package anonymised, and is refused while that package runs', async () => {
    const ewa = await person('Ewa', 'Pakiet');
    await db().user.update({ where: { id: ewa.id }, data: { roles: ['PARENT'] } });
    const childId = await addChild(ewa.id, {
      fullName: 'Jan Pakiet',
      birthYear: 2016,
      login: 'jan.pak',
      password: PASSWORD,
    });
    const pkg = await db().familyPackage.create({
      data: {
        childId,
        packageCode: 'MINI',
        schoolYear: 2026,
        currency: 'PLN',
        amountPaid: 50000,
        addOns: [],
        orderId: `o-${childId}`,
        orderItemId: `oi-${childId}`,
        status: 'ACTIVE',
        paidAt: new Date(),
        accessEndsAt: new Date(Date.now() + 30 * 86_400_000),
      },
    });
    expect(await refusal(deleteAccount(ewa.id, PASSWORD))).toMatch(/Trwa opłacony pakiet dziecka: Jan Pakiet/);
    await db().familyPackage.update({ where: { id: pkg.id }, data: { status: 'RESIGNED' } });
    await deleteAccount(ewa.id, PASSWORD);
    const child = await db().child.findUniqueOrThrow({
      where: { id: childId },
      include: { user: true, packages: true },
    });
    expect(child.fullName).toMatch(/^Usunięty użytkownik #[A-Z0-9]{6}$/);
    expect(child.user).toMatchObject({ login: null, passwordHash: '' });
    expect(child.user.deletedAt).not.toBeNull();
    expect(child.packages).toHaveLength(1); // kept with its invoiced order
  });
});
