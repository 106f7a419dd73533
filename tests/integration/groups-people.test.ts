// People during the two months: invitations instead of e-mailed passwords, corrections with a
// re-issued certificate, removal that gives exactly one seat back, deactivation, resets, admins.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
process.env.TEST_CLOCK = '1';
import { db } from '@/lib/db/client';
import { NotFoundError, UserError } from '@/lib/errors';
import { advanceClock, resetClock } from '@/lib/clock/clock';
import { createUpload } from '@/lib/groups/list/uploads';
import { provisionUpload } from '@/lib/groups/accounts/provisioning';
import { groupCredentials } from '@/lib/groups/accounts/credentials';
import { authenticate } from '@/lib/auth/authenticate';
import { issueCertificate } from '@/lib/certificates/issue';
import { verifyCertificate } from '@/lib/certificates/verify';
import { acceptInvitation, openInvitation } from '@/lib/groups/people/invitations';
import { emailNotLoggedIn, sendInvitation } from '@/lib/groups/people/send-invitations';
import {
  deactivateParticipant,
  removeParticipant,
  renameParticipant,
  resetParticipantPassword,
} from '@/lib/groups/people/manage';
import { addGroupAdmin, removeGroupAdmin } from '@/lib/groups/people/admins';
import { certificatesZip, invitationSlips, progressFile } from '@/lib/groups/people/downloads';
import { groupFor } from '@/lib/groups/group-access';
import { listXlsx, makeGroup, uniqueName, type ListRow } from './groups-fixtures';
import { hasPoppler, pdfText } from '../support/pdf';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));
afterEach(() => resetClock());

const DAY = 86_400_000;
const mail = () => `${uniqueName().toLowerCase()}@firma.pl`;

async function provisioned(rows: ListRow[], seats = 10) {
  const g = await makeGroup(seats);
  const u = await createUpload(g.admin, g.groupId, { name: 'lista.xlsx', bytes: await listXlsx(rows) });
  await provisionUpload(g.admin, g.groupId, u!.id);
  const people = await db().groupParticipant.findMany({
    where: { groupId: g.groupId },
    orderBy: { rowNumber: 'asc' },
    select: { id: true, userId: true, user: { select: { login: true, email: true } } },
  });
  return { ...g, people };
}

/** The token of the newest link the person was sent, read back from the outbox (as the person would). */
async function tokenFromMail(to: string): Promise<string> {
  const m = await db().emailMessage.findFirstOrThrow({ where: { to }, orderBy: { createdAt: 'desc' } });
  return /\/zaproszenie\/([A-Za-z0-9_-]+)/.exec(m.text ?? '')![1];
}

const passTest = async (userId: string, courseId: string) => {
  const e = await db().enrolment.findFirstOrThrow({ where: { userId, courseId }, select: { id: true } });
  await db().testAttempt.create({
    data: {
      enrolmentId: e.id,
      number: 1,
      seed: 's',
      questionIds: [],
      startedAt: new Date(),
      submittedAt: new Date(),
      points: 1,
      maxPoints: 1,
      percent: 100,
      passed: true,
    },
  });
};

describe('no password ever goes into an e-mail', () => {
  it('provision, invite, send one, reset, remind, add an admin: no outbox row holds any generated password', async () => {
    const emails = [mail(), mail(), mail()];
    const g = await provisioned([
      { firstName: 'Ewa', lastName: uniqueName(), email: emails[0] },
      { firstName: 'Jan', lastName: uniqueName(), email: emails[1] },
      { firstName: 'Olga', lastName: uniqueName(), email: emails[2], password: 'Wybrane2026x' },
      { firstName: 'Bez', lastName: uniqueName() },
    ]);
    const passwords = new Set((await groupCredentials(g.admin, g.groupId))!.rows.map((r) => r.password));
    passwords.add('Wybrane2026x');
    const since = new Date(Date.now() - 60_000);

    expect(await emailNotLoggedIn(g.admin, g.groupId, 'invite', 'klucz-zaproszen')).toEqual({ sent: 3, skipped: 0 });
    expect(await emailNotLoggedIn(g.admin, g.groupId, 'invite', 'klucz-zaproszen')).toEqual({ sent: 0, skipped: 0 });
    await sendInvitation(g.admin, g.groupId, g.people[0].id, 'klucz-jeden');
    await resetParticipantPassword(g.admin, g.groupId, g.people[1].id, 'klucz-reset');
    await resetParticipantPassword(g.admin, g.groupId, g.people[3].id, 'klucz-reset-2');
    for (const r of (await groupCredentials(g.admin, g.groupId))!.rows) passwords.add(r.password);
    expect(await emailNotLoggedIn(g.admin, g.groupId, 'remind', 'k')).toEqual({ sent: 3, skipped: 0 });
    // Once a day at most: the second run the same day sends nothing.
    expect(await emailNotLoggedIn(g.admin, g.groupId, 'remind', 'k')).toEqual({ sent: 0, skipped: 3 });
    advanceClock(DAY);
    expect((await emailNotLoggedIn(g.admin, g.groupId, 'remind', 'k')).sent).toBe(3);
    await addGroupAdmin(g.admin, g.groupId, { email: mail(), firstName: 'Druga', lastName: 'Kadrowa' });

    const rows = await db().emailMessage.findMany({
      where: { createdAt: { gte: since } },
      select: { template: true, to: true, subject: true, html: true, text: true, props: true },
    });
    expect(rows.length).toBeGreaterThanOrEqual(3 + 1 + 1 + 3 + 3 + 1);
    expect(rows.some((r) => r.template === 'group-participant-credentials')).toBe(false);
    for (const r of rows) {
      const stored = [r.subject, r.html ?? '', r.text ?? '', JSON.stringify(r.props ?? null)].join('\n');
      for (const p of passwords) {
        if (p.startsWith('(')) continue; // "(ustawione przez uczestnika)"
        expect(stored, `${r.template} to ${r.to}`).not.toContain(p);
      }
    }
    expect(passwords.size).toBeGreaterThanOrEqual(5);
  });
});

describe('the invitation link', () => {
  it('sets the password once, signs in with the login, and dies after use, after expiry and after a reset', async () => {
    const to = mail();
    const g = await provisioned([{ firstName: 'Ewa', lastName: uniqueName(), email: to }]);
    const [p] = g.people;
    await sendInvitation(g.admin, g.groupId, p.id, 'klucz-1');
    const token = await tokenFromMail(to);
    expect((await openInvitation(token))!.login).toBe(p.user.login);
    // The database keeps only a hash of it.
    expect(await db().accountInvitation.count({ where: { tokenHash: token } })).toBe(0);

    const results = await Promise.allSettled([
      acceptInvitation(token, 'MojeHaslo2026'),
      acceptInvitation(token, 'InneHaslo2026'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')!.reason).toBeInstanceOf(UserError);
    const winner = (results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<{ next: string }>).value;
    expect(winner.next).toBe('/moje-kursy');
    expect(await openInvitation(token)).toBeNull();
    const ok = await Promise.all(
      ['MojeHaslo2026', 'InneHaslo2026'].map((pw) => authenticate(p.user.login!, pw, '10.0.0.1')),
    );
    expect(ok.filter((r) => r.ok)).toHaveLength(1);
    // The sealed copy of the issued password is gone: the admins no longer hold it.
    expect((await groupCredentials(g.admin, g.groupId))!.rows[0].password).toBe('(ustawione przez uczestnika)');

    // Expiry: a fresh link, 15 days later, does not open.
    await sendInvitation(g.admin, g.groupId, p.id, 'klucz-2');
    const late = await tokenFromMail(to);
    advanceClock(15 * DAY);
    expect(await openInvitation(late)).toBeNull();
    await expect(acceptInvitation(late, 'Spozniony2026')).rejects.toBeInstanceOf(UserError);
    resetClock();

    // A reset kills every earlier link.
    await sendInvitation(g.admin, g.groupId, p.id, 'klucz-3');
    const before = await tokenFromMail(to);
    await resetParticipantPassword(g.admin, g.groupId, p.id, 'klucz-reset');
    expect(await openInvitation(before)).toBeNull();
    expect(await openInvitation(await tokenFromMail(to))).not.toBeNull();
  });
});

describe('removing and deactivating participants', () => {
  it('removing one who never logged in frees exactly one seat while a new list is provisioned at the same time', async () => {
    const g = await provisioned(
      Array.from({ length: 3 }, () => ({ firstName: uniqueName(), lastName: uniqueName() })),
      4,
    );
    const u = await createUpload(g.admin, g.groupId, {
      name: 'druga.xlsx',
      bytes: await listXlsx([{ firstName: uniqueName(), lastName: uniqueName() }]),
    });
    const [removed, provisionedMore, again] = await Promise.all([
      removeParticipant(g.admin, g.groupId, g.people[0].id),
      provisionUpload(g.admin, g.groupId, u!.id),
      removeParticipant(g.admin, g.groupId, g.people[0].id),
    ]);
    expect([removed, again].sort()).toEqual(['already', 'removed']);
    expect(provisionedMore?.created).toBe(1);
    const group = await db().group.findUniqueOrThrow({ where: { id: g.groupId }, select: { seatsUsed: true } });
    expect(group.seatsUsed).toBe(3);
    expect(await db().groupParticipant.count({ where: { groupId: g.groupId } })).toBe(3);
    expect(await db().user.count({ where: { id: g.people[0].userId } })).toBe(0);
    // Someone else's admin gets 404, and the seat count does not move.
    const other = await makeGroup(1);
    await expect(removeParticipant(other.admin, g.groupId, g.people[1].id)).rejects.toThrow(/not found/);
  });

  it('one who logged in cannot be removed, only deactivated: no login, sessions end, the seat stays used', async () => {
    const g = await provisioned([{ firstName: 'Ewa', lastName: uniqueName(), password: 'Zalogowana2026' }]);
    const [p] = g.people;
    expect((await authenticate(p.user.login!, 'Zalogowana2026', '10.0.0.2')).ok).toBe(true);
    await expect(removeParticipant(g.admin, g.groupId, p.id)).rejects.toThrow(/już się logował/);
    const version = (await db().user.findUniqueOrThrow({ where: { id: p.userId } })).sessionVersion;
    expect(await deactivateParticipant(g.admin, g.groupId, p.id)).toBe('deactivated');
    expect(await deactivateParticipant(g.admin, g.groupId, p.id)).toBe('already');
    expect((await authenticate(p.user.login!, 'Zalogowana2026', '10.0.0.3')).ok).toBe(false);
    const u = await db().user.findUniqueOrThrow({
      where: { id: p.userId },
      select: { sessionVersion: true, enrolments: { select: { status: true } } },
    });
    expect(u.sessionVersion).toBe(version + 1);
    expect(u.enrolments[0].status).toBe('REVOKED');
    expect((await db().group.findUniqueOrThrow({ where: { id: g.groupId } })).seatsUsed).toBe(1);
  });
});

describe('a corrected name', () => {
  it('before a certificate only fixes the name; after one, re-issues it and the old number verifies as replaced', async () => {
    const g = await provisioned([
      { firstName: 'Ewa', lastName: 'Kowalsak' },
      { firstName: 'Jan', lastName: 'Nowk' },
    ]);
    const [ewa, jan] = g.people;
    expect(await renameParticipant(g.admin, g.groupId, jan.id, { firstName: 'Jan', lastName: 'Nowak' })).toEqual({
      changed: true,
      reissued: null,
    });
    await passTest(ewa.userId, g.course.id);
    const first = await issueCertificate(ewa.userId, g.course.slug);
    expect(first!.fullName).toBe('Ewa Kowalsak');
    const r = await renameParticipant(g.admin, g.groupId, ewa.id, { firstName: 'Ewa', lastName: 'Kowalska' });
    expect(r.changed).toBe(true);
    expect(r.reissued).toMatch(/^PL-/);
    expect(r.reissued).not.toBe(first!.number);
    // Repeating the same correction changes nothing more.
    expect(await renameParticipant(g.admin, g.groupId, ewa.id, { firstName: 'Ewa', lastName: 'Kowalska' })).toEqual({
      changed: false,
      reissued: null,
    });
    const now = await issueCertificate(ewa.userId, g.course.slug);
    expect(now).toMatchObject({ number: r.reissued, fullName: 'Ewa Kowalska' });
    expect(await verifyCertificate(r.reissued!)).toMatchObject({ status: 'genuine', fullName: 'Ewa Kowalska' });
    expect(await verifyCertificate(first!.number)).toMatchObject({ status: 'replaced', replacedBy: r.reissued });
    // A second correction: the first number points to the newest certificate.
    const r2 = await renameParticipant(g.admin, g.groupId, ewa.id, { firstName: 'Ewelina', lastName: 'Kowalska' });
    expect(await verifyCertificate(first!.number)).toMatchObject({ status: 'replaced', replacedBy: r2.reissued });
    expect(await verifyCertificate(r.reissued!)).toMatchObject({ status: 'replaced', replacedBy: r2.reissued });
  });
});

describe('second admin and the files', () => {
  it('a new admin is invited, sees the group and manages people; staff see the group but not the people files', async () => {
    const g = await provisioned([{ firstName: 'Ewa', lastName: uniqueName() }]);
    const email = mail();
    expect(await addGroupAdmin(g.admin, g.groupId, { email, firstName: 'Druga', lastName: 'Kadrowa' })).toBe('invited');
    expect(await addGroupAdmin(g.admin, g.groupId, { email, firstName: 'Druga', lastName: 'Kadrowa' })).toBe('already');
    const second = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true, roles: true } });
    expect(second.roles).toContain('COMPANY_ADMIN');
    const { next } = await acceptInvitation(await tokenFromMail(email), 'DrugaKadrowa2026');
    expect(next).toBe(`/grupy/${g.groupId}`);
    expect(await groupFor(second, g.groupId)).not.toBeNull();
    expect(await progressFile(second, g.groupId)).toBeInstanceOf(Buffer);
    const staff = await db().user.create({
      data: {
        login: `staff${uniqueName().toLowerCase()}`,
        firstName: 'S',
        lastName: 'T',
        passwordHash: 'x',
        roles: ['ADMINISTRATOR'],
      },
      select: { id: true, roles: true },
    });
    expect(await groupFor(staff, g.groupId)).not.toBeNull();
    expect(await groupCredentials(staff, g.groupId)).toBeNull();
    expect(await invitationSlips(staff, g.groupId)).toBeNull();
  });

  it('an admin removes a second admin, who no longer sees the group; the owner and the last working admin stay', async () => {
    const g = await provisioned([{ firstName: 'Ewa', lastName: uniqueName() }]);
    const [a, b] = [mail(), mail()];
    await addGroupAdmin(g.admin, g.groupId, { email: a, firstName: 'Anna', lastName: 'Kadrowa' });
    await addGroupAdmin(g.admin, g.groupId, { email: b, firstName: 'Beata', lastName: 'Kadrowa' });
    const [second, third] = await Promise.all(
      [a, b].map((email) => db().user.findUniqueOrThrow({ where: { email }, select: { id: true, roles: true } })),
    );
    // A second admin takes another one off; a repeat finds nothing to do.
    expect(await removeGroupAdmin(second, g.groupId, third.id)).toBe('removed');
    expect(await removeGroupAdmin(second, g.groupId, third.id)).toBe('already');
    expect(await groupFor(third, g.groupId)).toBeNull();
    await expect(removeGroupAdmin(third, g.groupId, second.id)).rejects.toThrow(NotFoundError);
    // The owner (the buyer) is never removed.
    await expect(removeGroupAdmin(second, g.groupId, g.admin.id)).rejects.toMatchObject({
      codes: ['people.adminOwner'],
    });
    // With the owner's account disabled, the one working admin left cannot be removed either.
    await db().user.update({ where: { id: g.admin.id }, data: { disabledAt: new Date() } });
    await expect(removeGroupAdmin(second, g.groupId, second.id)).rejects.toMatchObject({ codes: ['people.adminLast'] });
    await db().user.update({ where: { id: g.admin.id }, data: { disabledAt: null } });
    // Two admins removing each other at once: the group lock lets one through at a time, and the
    // owner still manages the group.
    await addGroupAdmin(g.admin, g.groupId, { email: b, firstName: 'Beata', lastName: 'Kadrowa' });
    const results = await Promise.all([
      removeGroupAdmin(second, g.groupId, third.id),
      removeGroupAdmin(third, g.groupId, second.id),
    ]);
    expect(results).toEqual(['removed', 'removed']);
    expect(await db().groupAdmin.count({ where: { groupId: g.groupId } })).toBe(0);
    expect(await groupFor(g.admin, g.groupId)).not.toBeNull();
  });

  it('all certificates come as one ZIP that unzip reads back, one valid PDF per certificate', async () => {
    const g = await provisioned([
      { firstName: 'Łucja', lastName: 'Żółć' },
      { firstName: 'Jan', lastName: 'Nowak' },
      { firstName: 'Bez', lastName: 'Zaświadczenia' },
    ]);
    for (const p of g.people.slice(0, 2)) {
      await passTest(p.userId, g.course.id);
      await issueCertificate(p.userId, g.course.slug);
    }
    // Jan reads English: his certificate comes in it, whatever the admin reads (lib/certificates/issue.ts).
    await db().user.update({ where: { id: g.people[1].userId }, data: { locale: 'en' } });
    const zip = await certificatesZip(g.admin, g.groupId);
    const dir = mkdtempSync(path.join(tmpdir(), 'zip-'));
    writeFileSync(path.join(dir, 'z.zip'), zip!);
    execFileSync('unzip', ['-q', '-t', 'z.zip'], { cwd: dir }); // CRC checked by unzip itself
    execFileSync('unzip', ['-q', 'z.zip', '-d', 'out'], { cwd: dir });
    const files = readdirSync(path.join(dir, 'out')).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^Nowak_Jan_zaswiadczenie-PL-[0-9A-Z-]+\.pdf$/);
    expect(files[1]).toMatch(/^Zolc_Lucja_zaswiadczenie-PL-/);
    expect(execFileSync('head', ['-c', '5', path.join(dir, 'out', files[0])]).toString()).toBe('%PDF-');
    if (hasPoppler) {
      const [jan, lucja] = files.map((f) => pdfText(readFileSync(path.join(dir, 'out', f))));
      expect(jan).toContain('Certificate of course completion');
      expect(lucja).toContain('Zaświadczenie o ukończeniu kursu');
    }
    const other = await makeGroup(1);
    expect(await certificatesZip(other.admin, g.groupId)).toBeNull();
  });
});

describe('the migration that scrubs e-mailed passwords', () => {
  it('empties every stored "credentials" message and stops a queued one, touching nothing else', async () => {
    const { readdirSync: dirs, readFileSync } = await import('node:fs');
    const folder = dirs('prisma/migrations').find((d) => d.endsWith('_group_people_invitations'))!;
    const sql = readFileSync(path.join('prisma/migrations', folder, 'migration.sql'), 'utf8');
    const scrub = sql.slice(sql.indexOf('UPDATE "EmailMessage"'));
    const leaked = 'Wyciek2026Haslo';
    const make = (template: string, status: 'QUEUED' | 'SENT') =>
      db().emailMessage.create({
        data: {
          to: mail(),
          template,
          status,
          subject: 'Twoje konto',
          html: `<p>Hasło: ${leaked}</p>`,
          text: `Hasło: ${leaked}`,
          props: { password: leaked },
        },
        select: { id: true },
      });
    const sent = await make('group-participant-credentials', 'SENT');
    const queued = await make('group-participant-credentials', 'QUEUED');
    const other = await make('welcome', 'SENT');
    await db().$executeRawUnsafe(scrub);
    const rows = await db().emailMessage.findMany({ where: { id: { in: [sent.id, queued.id, other.id] } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of [sent.id, queued.id]) {
      const r = byId.get(id)!;
      expect(JSON.stringify([r.subject, r.html, r.text, r.props])).not.toContain(leaked);
    }
    expect(byId.get(sent.id)!.status).toBe('SENT');
    expect(byId.get(queued.id)!.status).toBe('FAILED');
    expect(byId.get(other.id)!.text).toContain(leaked);
  });
});
