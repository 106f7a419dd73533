// The list fixed in place: a red row corrected and re-checked without a new upload (and then
// confirmed), likely duplicates warned, rows pasted from Excel read like the file, the marked XLSX.
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client';
import { createUpload, createUploadFromText, readListFile, uploadPreview } from '@/lib/groups/list/uploads';
import { fixUploadRow } from '@/lib/groups/list/fix-row';
import { markedListXlsx } from '@/lib/groups/list/marked-list-xlsx';
import { provisionUpload } from '@/lib/groups/accounts/provisioning';
import { listXlsx, makeGroup, uniqueName, type ListRow } from './groups-fixtures';

vi.mock('@/lib/jobs/queues', () => ({ dispatchEmails: async () => {}, enqueueMany: async () => {} }));

async function upload(g: Awaited<ReturnType<typeof makeGroup>>, rows: ListRow[]) {
  const u = await createUpload(g.admin, g.groupId, { name: 'lista.xlsx', bytes: await listXlsx(rows) });
  return u!.id;
}

describe('fixing a list in place', () => {
  it('corrects a red row, re-checks the whole list with the same row numbers, and then confirms it', async () => {
    const g = await makeGroup(30);
    const a = uniqueName();
    const id = await upload(g, [
      { firstName: 'Jan', lastName: a },
      { firstName: 'Ewa', lastName: uniqueName(), email: 'to-nie-jest-email' },
      { firstName: 'Olga', lastName: uniqueName(), password: 'Haslo12345x' },
    ]);
    const before = await uploadPreview(g.admin, g.groupId, id);
    expect(before!.check!.ok).toBe(false);
    const red = before!.check!.rows.find((r) => !r.ok)!;
    expect(red.rowNumber).toBe(5);
    // A generated login is shown for a valid row before anything is created.
    expect(before!.logins[4]).toBe(`jan.${a.toLowerCase()}`);

    const still = await fixUploadRow(g.admin, g.groupId, id, 5, { email: 'wciaz@zle' });
    expect(still!.row!.ok).toBe(false);
    const fixed = await fixUploadRow(g.admin, g.groupId, id, 5, { email: 'ewa@firma.pl' });
    expect(fixed).toMatchObject({ ok: true, row: { ok: true, rowNumber: 5, row: { email: 'ewa@firma.pl' } } });

    const after = await uploadPreview(g.admin, g.groupId, id);
    expect(after!.check!.ok).toBe(true);
    expect(after!.check!.rows.map((r) => r.rowNumber)).toEqual([4, 5, 6]);
    expect(after!.check!.notifyEmail).toBe('kadry@firma.pl');
    // The chosen password in another row survived the rewrite.
    expect(after!.check!.rows[2].row.password).toBe('Haslo12345x');
    const stored = await db().participantUpload.findUniqueOrThrow({
      where: { id },
      select: { rowCount: true, validCount: true },
    });
    expect(stored).toEqual({ rowCount: 3, validCount: 3 });

    const r = await provisionUpload(g.admin, g.groupId, id);
    expect(r?.created).toBe(3);
    const logins = await db().user.findMany({
      where: { groupMemberships: { some: { groupId: g.groupId } } },
      select: { login: true, email: true },
    });
    expect(logins.map((u) => u.login)).toContain(`jan.${a.toLowerCase()}`);
    expect(logins.map((u) => u.email)).toContain('ewa@firma.pl');
    await expect(fixUploadRow(g.admin, g.groupId, id, 4, { firstName: 'X' })).rejects.toMatchObject({
      codes: ['groups.uploadDiscarded'],
    });
  });

  it('removes rows over the seats left so the list becomes confirmable', async () => {
    const g = await makeGroup(2);
    const id = await upload(g, [
      { firstName: 'A', lastName: uniqueName() },
      { firstName: 'Bo', lastName: uniqueName() },
      { firstName: 'Cy', lastName: uniqueName() },
    ]);
    expect((await uploadPreview(g.admin, g.groupId, id))!.check!.ok).toBe(false);
    const r = await fixUploadRow(g.admin, g.groupId, id, 6, 'remove');
    expect(r).toMatchObject({ ok: true, row: null });
    const p = await uploadPreview(g.admin, g.groupId, id);
    expect(p!.check!.rows.map((x) => x.rowNumber)).toEqual([4, 5]);
  });

  it('another company admin cannot fix someone else’s list', async () => {
    const g = await makeGroup(30);
    const other = await makeGroup(30);
    const id = await upload(g, [{ firstName: 'Jan', lastName: uniqueName() }]);
    expect(await fixUploadRow(other.admin, g.groupId, id, 4, { firstName: 'X' })).toBeNull();
  });
});

describe('likely duplicates', () => {
  it('warns, never blocks: the same name twice in the list, and a person already in the group', async () => {
    const g = await makeGroup(30);
    const twin = uniqueName();
    const known = uniqueName();
    const first = await upload(g, [{ firstName: 'Ala', lastName: known, email: `${known.toLowerCase()}@firma.pl` }]);
    await provisionUpload(g.admin, g.groupId, first);
    const id = await upload(g, [
      { firstName: 'Piotr', lastName: twin },
      { firstName: 'piotr', lastName: twin, email: 'piotr2@firma.pl' },
      { firstName: 'Ala', lastName: known },
      { firstName: 'Zenon', lastName: uniqueName() },
    ]);
    const p = await uploadPreview(g.admin, g.groupId, id);
    expect(p!.check!.ok).toBe(true);
    expect(p!.warnings[4]).toEqual([expect.stringContaining('wierszu 5')]);
    expect(p!.warnings[5]).toEqual([expect.stringContaining('wierszu 4')]);
    expect(p!.warnings[6]).toEqual([expect.stringContaining(`ala.${known.toLowerCase()}`)]);
    expect(p!.warnings[7]).toBeUndefined();
  });
});

describe('rows pasted from Excel', () => {
  it('are read exactly like the same rows in a file, with or without the header row', async () => {
    const g = await makeGroup(30);
    const rows: ListRow[] = [
      { firstName: 'Łucja', lastName: 'Żółć', email: 'lucja@firma.pl' },
      { firstName: 'Jan', lastName: 'Nowak', login: 'jan.n', password: 'Haslo12345x' },
    ];
    const fromFile = await readListFile(await listXlsx(rows), 'lista.xlsx');
    const tsv = rows.map((r) => [r.firstName, r.lastName, r.email ?? '', r.login ?? '', r.password ?? ''].join('\t'));
    for (const text of [tsv.join('\r\n'), ['Imię\tNazwisko\tE-mail\tLogin\tHasło', ...tsv].join('\n')]) {
      const u = await createUploadFromText(g.admin, g.groupId, {
        text,
        notifyEmail: 'kadry@firma.pl',
        fileName: 'w.txt',
      });
      const p = await uploadPreview(g.admin, g.groupId, u!.id);
      const strip = <T extends { rowNumber: number }>(x: T) => ({ ...x, rowNumber: 0 });
      expect(p!.check!.rows.map((r) => strip(r.row))).toEqual(fromFile.rows.map((r) => strip(r)));
      expect(p!.check!.notifyEmail).toBe('kadry@firma.pl');
      expect(p!.check!.ok).toBe(true);
    }
  });

  it('name the problem when the pasted text has no names', async () => {
    const g = await makeGroup(30);
    const u = await createUploadFromText(g.admin, g.groupId, {
      text: '\t\tx@y.pl',
      notifyEmail: 'kadry@firma.pl',
      fileName: 'w.txt',
    });
    const p = await uploadPreview(g.admin, g.groupId, u!.id);
    expect(p!.check!.ok).toBe(false);
  });
});

describe('the list handed back with its errors marked', () => {
  it('fills the wrong cell red with the message as its comment, and reads back in as the same rows', async () => {
    const g = await makeGroup(30);
    const id = await upload(g, [
      { firstName: 'Jan', lastName: uniqueName() },
      { firstName: 'Ewa', lastName: uniqueName(), email: 'zly-email' },
    ]);
    const p = (await uploadPreview(g.admin, g.groupId, id))!;
    const bytes = await markedListXlsx(p.check!, p.warnings, new Date(0));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const cell = sheet.getCell(5, 3);
    expect(cell.value).toBe('zly-email');
    expect(JSON.stringify(cell.fill)).toContain('FFFFC7CE');
    expect(JSON.stringify(cell.note)).toContain('e-mail');
    expect(String(sheet.getCell(5, 6).value)).toContain('E-mail');
    expect(sheet.getCell(4, 6).value ?? null).toBeNull();
    const again = await readListFile(new Uint8Array(bytes), 'lista-bledy.xlsx');
    expect(again.rows.map((r) => r.rowNumber)).toEqual([4, 5]);
    expect(again.notifyEmail).toBe('kadry@firma.pl');
  });
});
