// The printed invitation slips: eight to an A4 page, each with the name, the login and the link
// on one line (the same link as its QR code), and never a password.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { slipsPdf, type Slip } from '@/lib/groups/people/slips-pdf';
import { zipStore } from '@/lib/spreadsheets/zip-write';
import { checkZip } from '@/lib/spreadsheets/zip-guard';

const meta = {
  companyName: 'Biuro Żuraw Sp. z o.o.',
  courseTitle: 'BHP dla pracowników biurowych',
  generatedAt: new Date('2026-12-01T10:00:00Z'),
};
const slip = (i: number): Slip => ({
  name: `Łucja Żółć-${i}`,
  login: `lucja.zolc${i}`,
  link: `https://planeta.edu.pl/zaproszenie/${'Ab3_-'.repeat(6)}${String(i).padStart(2, '0')}`,
  validUntil: new Date('2026-12-15T12:00:00Z'),
});

function pdfInfo(buf: Buffer) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'slips-'));
  const file = path.join(dir, 's.pdf');
  writeFileSync(file, buf);
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  return { text, pages };
}

describe('invitation slips', () => {
  it('puts eight slips on a page, each with its name, login and whole link', async () => {
    const slips = Array.from({ length: 9 }, (_, i) => slip(i + 1));
    const { text, pages } = pdfInfo(await slipsPdf(slips, meta));
    expect(pages).toBe(2);
    for (const s of slips) {
      expect(text).toContain(s.name);
      expect(text).toContain(s.login);
      expect(text).toContain(s.link);
    }
    expect(text).not.toMatch(/hasło:/i);
  });

  it('prints each slip in its reader’s language, the sheet in the admin’s', async () => {
    const slips = [slip(1), { ...slip(2), locale: 'en' }, { ...slip(3), locale: 'uk' }];
    const pdf = await slipsPdf(slips, meta, 'pl');
    const [polish, english, ukrainian] = pdfInfo(pdf)
      .text.replace(/\s+/g, ' ')
      .split(new RegExp(`${slips[1].name}|${slips[2].name}`));
    expect(polish).toContain('Link działa jeden raz, do 15 grudnia 2026.');
    expect(polish).toContain('15 grudnia 2026');
    expect(english).toContain('The link works once, until 15 December 2026.');
    expect(english).toContain('Login');
    expect(english).not.toMatch(/grudnia|jeden raz/);
    // The slips have no Ukrainian text yet: Polish whole, not a Polish sentence with a Ukrainian date.
    expect(ukrainian).toContain('Link działa jeden raz, do 15 grudnia 2026.');
    expect(pdfInfo(await slipsPdf([], meta, 'en')).text).toContain('All participants have already signed in');
  });

  it('says so when there is nobody left to print for', async () => {
    expect(pdfInfo(await slipsPdf([], meta)).text).toContain('Wszyscy uczestnicy już się zalogowali');
  });
});

describe('the STORE zip writer', () => {
  it('writes a directory the zip guard reads back, with the exact sizes', () => {
    const zip = zipStore(
      [
        { name: 'a.pdf', data: Buffer.from('%PDF-1') },
        { name: 'Żółć.txt', data: Buffer.alloc(1000, 7) },
      ],
      { year: 2026, month: 12, day: 1, hour: 12, minute: 30, second: 10 },
    );
    expect(checkZip(zip, 10_000)).toEqual({ ok: true, uncompressedBytes: 1006 });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'zip-'));
    writeFileSync(path.join(dir, 'z.zip'), zip);
    expect(execFileSync('unzip', ['-t', 'z.zip'], { cwd: dir, encoding: 'utf8' })).toContain('No errors detected');
  });
});
