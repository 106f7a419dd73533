// The copy of one's data: built by the job into a ZIP with dane.json and podsumowanie.pdf holding
// every kind of the person's data (and their children's), nothing of another person's (another
// buyer, a company admin's participants); the link works for the owner only, for 24 hours.
import { storeFileNow, readStoredFile } from '@/lib/storage';
import { execFileSync } from 'node:child_process';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { addChild } from '@/lib/families/children';
import { createUpload } from '@/lib/groups/list/uploads';
import { provisionUpload } from '@/lib/groups/accounts/provisioning';
import { buildExport, exportFile, exportForLink, requestExport, sweepExports } from '@/lib/privacy/export/exports';
import { filePrivacyRequest } from '@/lib/privacy/requests/requests';
import { listXlsx, makeGroup } from './groups-fixtures';
import { setUpPrivacyShop } from './privacy-fixtures';

vi.mock('@/lib/jobs/queues', () => ({
  dispatchEmails: async () => {},
  enqueue: async () => {},
  enqueueMany: async () => {},
}));

const { person, order, studied } = setUpPrivacyShop();

const pdfText = (pdf: Buffer) =>
  execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');

/** Requests and builds an export as the job would; the token from the e-mail the person got. */
async function exportOf(userId: string, email: string) {
  const id = await requestExport(userId);
  expect(await buildExport(id)).toBe(true);
  expect(await buildExport(id)).toBe(false); // a retried job builds nothing twice
  const mail = await db().emailMessage.findFirstOrThrow({ where: { to: email, template: 'data-export-ready' } });
  const token = /\/konto\/eksport\/([A-Za-z0-9_-]+)/.exec(mail.text ?? '')![1]!;
  const file = await exportFile(userId, token);
  if (file?.status !== 'ready') throw new Error('no file');
  const zip = await JSZip.loadAsync(await readStoredFile(file.fileKey));
  expect(Object.keys(zip.files).sort()).toEqual(['dane.json', 'podsumowanie.pdf']);
  const json = await zip.file('dane.json')!.async('string');
  const pdf = await zip.file('podsumowanie.pdf')!.async('nodebuffer');
  return { id, token, json, data: JSON.parse(json), pdf, pdfText: pdfText(pdf) };
}

describe('an export', () => {
  it('holds every kind of the person’s data and their children’s, and nothing of another buyer', async () => {
    const ewa = await person('Ewa', 'Łąkowska');
    const other = await person('Zenon', 'Obcy');
    const ewaOrder = await order(ewa);
    const otherOrder = await order(other);
    await studied(ewa, 'PL-EXP-0001');
    await studied(other, 'PL-EXP-0002');
    await db().user.update({ where: { id: ewa.id }, data: { roles: ['LEARNER', 'PARENT'] } });
    await addChild(ewa.id, { fullName: 'Ola Łąkowska', birthYear: 2016, login: 'ola.exp', password: 'Haslo12345x' });
    await filePrivacyRequest(ewa.id, { kind: 'OBJECTION', details: 'Sprzeciw wobec czegoś tam.' });
    await db().officeMessage.create({
      data: {
        learnerId: ewa.id,
        fromOffice: true,
        body: 'Odpowiedź sekretariatu dla Łąkowska',
        files: {
          create: [
            {
              fileName: 'plan.pdf',
              mimeType: 'application/pdf',
              size: 4,
              fileKey: await storeFileNow(db(), 'office-files', Buffer.from('%PDF'), 'application/pdf'),
            },
          ],
        },
      },
    });
    await db().officeMessage.create({
      data: { learnerId: other.id, fromOffice: false, body: 'Cudza wiadomość' },
    });

    const x = await exportOf(ewa.id, ewa.email!);
    const d = x.data;
    expect(d.profile).toMatchObject({
      email: ewa.email,
      firstName: 'Ewa',
      lastName: 'Łąkowska',
      phone: expect.any(String),
    });
    expect(d.consents.map((c: { kind: string }) => c.kind)).toEqual(['terms', 'terms', 'immediate-delivery']);
    expect(d.orders).toHaveLength(1);
    expect(d.orders[0]).toMatchObject({ number: ewaOrder.number, total: { amount: 19900, currency: 'PLN' } });
    expect(d.invoices).toEqual([expect.objectContaining({ number: ewaOrder.invoice!.number, kind: 'INVOICE' })]);
    expect(d.enrolments).toHaveLength(1);
    expect(d.enrolments[0].progress).toEqual([{ lesson: 'Lekcja Łąkowska', completedAt: expect.any(String) }]);
    expect(d.enrolments[0].testResults[0]).toMatchObject({ percent: 90, passed: true });
    expect(d.enrolments[0].certificate).toMatchObject({ number: 'PL-EXP-0001' });
    expect(d.children).toEqual([expect.objectContaining({ fullName: 'Ola Łąkowska', login: 'ola.exp' })]);
    expect(d.messages.map((m: { template: string }) => m.template)).toContain('order-paid');
    expect(d.sessions[0]).toMatchObject({ device: expect.stringContaining('Firefox'), ip: '10.1.1.1' });
    expect(d.contactMessages).toEqual([expect.objectContaining({ message: 'Pytanie od Łąkowska' })]);
    expect(d.officeMessages).toEqual([
      {
        from: 'office',
        message: 'Odpowiedź sekretariatu dla Łąkowska',
        files: ['plan.pdf'],
        sentAt: expect.any(String),
      },
    ]);
    expect(d.privacyRequests).toEqual([expect.objectContaining({ kind: 'OBJECTION' })]);
    expect(x.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(x.pdfText).toContain('Ewa Łąkowska');
    expect(x.pdfText).toContain(ewaOrder.number);
    expect(x.pdfText).toContain('PL-EXP-0001');

    for (const foreign of [other.email!, 'Obcy', otherOrder.number, otherOrder.invoice!.number!, 'PL-EXP-0002']) {
      expect(x.json).not.toContain(foreign);
      expect(x.pdfText).not.toContain(foreign);
    }
  });

  it('of a company admin has their groups but none of the participants', async () => {
    const g = await makeGroup(5);
    const u = await createUpload(g.admin, g.groupId, {
      name: 'lista.xlsx',
      bytes: await listXlsx([{ firstName: 'Uczestnik', lastName: 'Tajny', email: 'tajny@firma.pl' }]),
    });
    await provisionUpload(g.admin, g.groupId, u!.id);
    const admin = await db().user.findUniqueOrThrow({ where: { id: g.admin.id } });
    const x = await exportOf(admin.id, admin.email!);
    expect(x.data.groups).toEqual([
      expect.objectContaining({ role: 'owner', companyName: 'Firma Sp. z o.o.', seats: 5 }),
    ]);
    expect(x.json).not.toContain('Tajny');
    expect(x.json).not.toContain('tajny@firma.pl');
  });

  it('is downloadable by its owner only, for 24 hours, then its link says it expired and the file goes', async () => {
    const ewa = await person('Ewa', 'Link');
    const other = await person('Olga', 'Inna');
    const x = await exportOf(ewa.id, ewa.email!);
    expect(await exportForLink(other.id, x.token)).toBeNull(); // someone else's: 404
    expect(await exportForLink(ewa.id, 'nie-ma-takiego-tokenu-0000000000')).toBeNull();
    const later = new Date(Date.now() + 24 * 3600_000 + 60_000);
    expect(await exportForLink(ewa.id, x.token, later)).toEqual({ status: 'expired' });
    expect(await exportFile(ewa.id, x.token, later)).toEqual({ status: 'expired' });
    expect((await sweepExports(later)).purged).toBeGreaterThan(0);
    const row = await db().dataExport.findUniqueOrThrow({ where: { id: x.id } });
    expect(row.fileKey).toBeNull();
    expect(row.purgedAt).not.toBeNull();
  });

  it('is refused while one is being built', async () => {
    const ewa = await person('Ewa', 'Dwa');
    await requestExport(ewa.id);
    await expect(requestExport(ewa.id)).rejects.toThrow(UserError);
  });
});
