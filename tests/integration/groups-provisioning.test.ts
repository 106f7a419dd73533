import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { UserError } from '@/lib/errors';
import { createUpload, uploadPreview } from '@/lib/groups/list/uploads';
import { provisionUpload } from '@/lib/groups/accounts/provisioning';
import { groupCredentials } from '@/lib/groups/accounts/credentials';
import { verifyPassword } from '@/lib/auth/password';
import { listXlsx, makeGroup, uniqueName, type ListRow } from './groups-fixtures';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

const people = (n: number): ListRow[] =>
  Array.from({ length: n }, () => ({ firstName: uniqueName(), lastName: uniqueName() }));

async function upload(g: Awaited<ReturnType<typeof makeGroup>>, rows: ListRow[]) {
  const u = await createUpload(g.admin, g.groupId, { name: 'lista.xlsx', bytes: await listXlsx(rows) });
  return u!.id;
}

describe('provisioning a participant list', () => {
  it('creates every account, enrolled for 2 months, with generated logins and passwords the admin can download', async () => {
    const g = await makeGroup(30);
    const id = await upload(g, [
      { firstName: 'Łucja', lastName: 'Żółć' },
      { firstName: 'Łucja', lastName: 'Żółć', email: 'lucja@firma.pl' },
      { firstName: 'Jan', lastName: "O'Brien", login: 'jan.ob', password: 'Haslo12345x' },
    ]);
    const r = await provisionUpload(g.admin, g.groupId, id);
    expect(r?.created).toBe(3);
    const users = await db().user.findMany({
      where: { groupMemberships: { some: { groupId: g.groupId } } },
      select: {
        login: true,
        passwordIssued: true,
        passwordHash: true,
        enrolments: { select: { endsAt: true, startsAt: true, groupId: true } },
      },
    });
    expect(users.map((u) => u.login).sort()).toEqual(['jan.ob', 'lucja.zolc', 'lucja.zolc2']);
    for (const u of users) {
      expect(u.passwordIssued).toBe(true);
      expect(u.enrolments[0].groupId).toBe(g.groupId);
      const days = (u.enrolments[0].endsAt!.getTime() - u.enrolments[0].startsAt.getTime()) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(59);
      expect(days).toBeLessThanOrEqual(62);
    }
    const group = await db().group.findUniqueOrThrow({ where: { id: g.groupId }, select: { seatsUsed: true } });
    expect(group.seatsUsed).toBe(3);
    const creds = await groupCredentials(g.admin, g.groupId);
    const jan = creds!.rows.find((c) => c.login === 'jan.ob')!;
    expect(jan.password).toBe('Haslo12345x');
    const generated = creds!.rows.find((c) => c.login === 'lucja.zolc')!;
    expect(generated.password).toMatch(/^[a-hj-km-np-zA-HJ-NP-Z2-9]{12,}$/);
    const hash = users.find((u) => u.login === 'lucja.zolc')!.passwordHash;
    expect(await verifyPassword(hash, generated.password)).toBe(true);
    // The file (it may hold passwords) is gone once provisioned; the notice is queued without passwords.
    const stored = await db().participantUpload.findUniqueOrThrow({
      where: { id },
      select: { fileKey: true, status: true, reportDueAt: true },
    });
    expect(stored.fileKey).toBeNull();
    expect(stored.status).toBe('PROVISIONED');
    const mail = await db().emailMessage.findFirstOrThrow({
      where: { to: 'kadry@firma.pl', template: 'group-accounts-created' },
      orderBy: { createdAt: 'desc' },
      select: { text: true },
    });
    expect(mail.text).toContain('3');
    expect(mail.text).not.toContain(generated.password);
    // Confirming twice creates nothing more.
    await expect(provisionUpload(g.admin, g.groupId, id)).rejects.toBeInstanceOf(UserError);
  });

  it('another company admin gets nothing (404) for the group, its uploads and credentials', async () => {
    const g = await makeGroup(5);
    const other = await makeGroup(5);
    const id = await upload(g, people(1));
    expect(await uploadPreview(other.admin, g.groupId, id)).toBeNull();
    expect(await provisionUpload(other.admin, g.groupId, id)).toBeNull();
    expect(await groupCredentials(other.admin, g.groupId)).toBeNull();
    expect(await createUpload(other.admin, g.groupId, { name: 'x.xlsx', bytes: await listXlsx(people(1)) })).toBeNull();
  });

  it('refuses a list larger than the seats left, whole, naming the numbers', async () => {
    const g = await makeGroup(3);
    const id = await upload(g, people(4));
    const err = await provisionUpload(g.admin, g.groupId, id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/4 kont.*3 wolne miejsca/);
    expect(await db().groupParticipant.count({ where: { groupId: g.groupId } })).toBe(0);
  });

  it('needs an accepted agreement to create accounts, and a submitted one to upload', async () => {
    const none = await makeGroup(5, { agreement: null });
    await expect(
      createUpload(none.admin, none.groupId, { name: 'l.xlsx', bytes: await listXlsx(people(1)) }),
    ).rejects.toThrow(/umowy powierzenia/);
    const submitted = await makeGroup(5, { agreement: 'SUBMITTED' });
    const id = await upload(submitted, people(1));
    await expect(provisionUpload(submitted.admin, submitted.groupId, id)).rejects.toThrow(/zaakceptowaniu umowy/);
  });

  it('never exceeds the seats under 20 concurrent uploads', async () => {
    const g = await makeGroup(30);
    const ids = await Promise.all(Array.from({ length: 20 }, () => upload(g, people(2))));
    const results = await Promise.allSettled(ids.map((id) => provisionUpload(g.admin, g.groupId, id)));
    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected');
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(UserError);
    expect(ok.length).toBe(15);
    const group = await db().group.findUniqueOrThrow({
      where: { id: g.groupId },
      select: { seatsUsed: true, seats: true },
    });
    expect(group.seatsUsed).toBe(30);
    expect(await db().groupParticipant.count({ where: { groupId: g.groupId } })).toBe(30);
    expect(await db().enrolment.count({ where: { groupId: g.groupId } })).toBe(30);
  });

  it('the database itself refuses more seats than bought', async () => {
    const g = await makeGroup(2);
    await expect(db().group.update({ where: { id: g.groupId }, data: { seatsUsed: 3 } })).rejects.toThrow();
  });

  it('is all or nothing: a fault mid-provisioning leaves no accounts, and the list can be confirmed again', async () => {
    const g = await makeGroup(10);
    const rows = people(4);
    const id = await upload(g, rows);
    await expect(
      provisionUpload(g.admin, g.groupId, id, {
        afterAccounts: async () => {
          throw new Error('awaria w połowie');
        },
      }),
    ).rejects.toThrow('awaria');
    expect(await db().user.count({ where: { firstName: { in: rows.map((r) => r.firstName) } } })).toBe(0);
    expect(await db().enrolment.count({ where: { groupId: g.groupId } })).toBe(0);
    const after = await db().group.findUniqueOrThrow({ where: { id: g.groupId }, select: { seatsUsed: true } });
    expect(after.seatsUsed).toBe(0);
    expect((await db().participantUpload.findUniqueOrThrow({ where: { id }, select: { status: true } })).status).toBe(
      'PREVIEW',
    );
    const r = await provisionUpload(g.admin, g.groupId, id);
    expect(r?.created).toBe(4);
  });

  it('a wrong file writes nothing and says why in Polish', async () => {
    const g = await makeGroup(5);
    await expect(
      createUpload(g.admin, g.groupId, { name: 'umowa.pdf', bytes: Buffer.from('%PDF-1.4 xxx') }),
    ).rejects.toThrow(/PDF.*nie lista uczestników/);
    await expect(createUpload(g.admin, g.groupId, { name: 'pusty.csv', bytes: new Uint8Array() })).rejects.toThrow(
      /jest pusty/,
    );
    await expect(
      createUpload(g.admin, g.groupId, { name: 'zly.xlsx', bytes: Buffer.from('PK\x03\x04garbage') }),
    ).rejects.toThrow(/uszkodzony|nie zawiera|archiwum/);
    expect(await db().participantUpload.count({ where: { groupId: g.groupId } })).toBe(0);
  });
});
