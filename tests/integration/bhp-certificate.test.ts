// A BHP course's certificate carries the participant's date and place of birth from the company's
// list (two optional columns, stored on the participant) and the course's training data.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { createUpload } from '@/lib/groups/list/uploads';
import { provisionUpload } from '@/lib/groups/accounts/provisioning';
import { certificatePdf, issueCertificate } from '@/lib/certificates/issue';
import { makeGroup } from './groups-fixtures';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

async function listWithBirthData(suffix: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Uczestnicy');
  ws.addRow(['E-mail do powiadomienia o kontach', 'kadry@firma.pl']);
  ws.addRow([]);
  ws.addRow(['Imię', 'Nazwisko', 'E-mail', 'Login', 'Hasło', 'Data urodzenia', 'Miejsce urodzenia']);
  ws.addRow(['Marta', 'Kwiatkowska', '', `marta.${suffix}`, '', new Date(Date.UTC(1990, 4, 7)), 'Kielce']);
  ws.addRow(['Piotr', 'Zięba', '', `piotr.${suffix}`, '', '', '']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const pdfText = (pdf: Buffer) => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'bhp-')), 'c.pdf');
  writeFileSync(file, pdf);
  return execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
};

async function passedCertificate(userId: string, slug: string) {
  const enrolment = await db().enrolment.findFirstOrThrow({ where: { userId } });
  const done = new Date(enrolment.startsAt.getTime() + 3 * 86_400_000);
  await db().testAttempt.create({
    data: {
      enrolmentId: enrolment.id,
      number: 1,
      seed: 's',
      questionIds: [],
      startedAt: done,
      submittedAt: done,
      percent: 100,
      passed: true,
    },
  });
  return (await issueCertificate(userId, slug, new Date(done.getTime() + 86_400_000)))!;
}

describe('the BHP certificate', () => {
  it('prints the birth data from the list and the course’s training data; blanks where the list had none', async () => {
    const g = await makeGroup(30);
    await db().course.update({
      where: { id: g.course.id },
      data: {
        certificateTemplate: 'BHP',
        trainingKind: 'szkolenie okresowe',
        trainingForm: 'samokształcenie kierowane',
        trainingAudience: 'pracowników administracyjno-biurowych',
        trainingOrganiser: 'Ośrodek Szkoleń Planeta, Warszawa',
        certificateRegister: 'BHP/2026',
        lessonHours: 8,
      },
    });
    const u = await createUpload(g.admin, g.groupId, { name: 'lista.xlsx', bytes: await listWithBirthData('bhp') });
    expect((await provisionUpload(g.admin, g.groupId, u!.id))?.created).toBe(2);

    const marta = await db().user.findUniqueOrThrow({ where: { login: 'marta.bhp' } });
    const stored = await db().groupParticipant.findFirstOrThrow({ where: { userId: marta.id } });
    expect(stored.birthDate?.toISOString().slice(0, 10)).toBe('1990-05-07');
    expect(stored.birthPlace).toBe('Kielce');

    const cert = await passedCertificate(marta.id, g.course.slug);
    const text = pdfText(await certificatePdf(cert));
    expect(text).toContain('ZAŚWIADCZENIE');
    expect(text).toContain('Marta Kwiatkowska');
    expect(text).toContain('urodzony(a) dnia 7 maja 1990 w miejscowości Kielce');
    expect(text).toContain('samokształcenie kierowane');
    expect(text).toMatch(/dla pracowników administracyjno-?biurowych/); // pdftotext joins the wrapped hyphen
    expect(text).toContain('organizowane przez Ośrodek Szkoleń Planeta, Warszawa');
    const day = (d: Date) =>
      new Intl.DateTimeFormat('pl-PL', { dateStyle: 'long', timeZone: 'Europe/Warsaw' }).format(d);
    const start = (await db().enrolment.findFirstOrThrow({ where: { userId: marta.id } })).startsAt;
    expect(text).toContain(`w dniach ${day(start)} – ${day(new Date(start.getTime() + 3 * 86_400_000))}`);
    expect(text).toContain('8 godzin lekcyjnych');
    expect(text).toContain(`BHP/2026/${cert.number}`);

    const piotr = await db().user.findUniqueOrThrow({ where: { login: 'piotr.bhp' } });
    const blank = pdfText(await certificatePdf(await passedCertificate(piotr.id, g.course.slug)));
    expect(blank).toContain('urodzony(a) dnia …………………………… w miejscowości ……………………………');
  });

  it('a standard course keeps the standard certificate', async () => {
    const g = await makeGroup(30);
    const u = await createUpload(g.admin, g.groupId, { name: 'lista.xlsx', bytes: await listWithBirthData('std') });
    await provisionUpload(g.admin, g.groupId, u!.id);
    const user = await db().user.findFirstOrThrow({ where: { groupMemberships: { some: { groupId: g.groupId } } } });
    const text = pdfText(await certificatePdf(await passedCertificate(user.id, g.course.slug)));
    expect(text).toContain('Zaświadczenie o ukończeniu kursu');
    expect(text).not.toContain('urodzony(a)');
  });
});
