import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCertificatePdf } from '@/lib/certificates/pdf';
import { renderPlainPdfFloor } from '@/bench/floors/certificate-pdf';
import { type CertificateInput } from '@/lib/certificates/content';
import { formatPercent } from '@/lib/format/percent';
import { fromWarsaw } from '@/lib/format/time';
import { hasPoppler } from '../../support/pdf';

const PDFTOTEXT = '/usr/bin/pdftotext';

const input: CertificateInput = {
  fullName: 'Zażółć Gęślą Jaźń',
  courseTitle: 'Bezpieczeństwo i higiena pracy',
  // 00:30 on 1 June in Warsaw is still 31 May in UTC: the printed date must be Warsaw's.
  issuedAt: fromWarsaw(2025, 6, 1, 0, 30),
  scorePercent: 87.5,
  number: 'PL-0000-0000-0012',
  verifyUrl: 'https://planeta.example.pl/zaswiadczenia/PL-0000-0000-0012',
};

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cert-'));
  const file = path.join(dir, 'c.pdf');
  writeFileSync(file, pdf);
  return execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

describe('renderCertificatePdf', () => {
  it('is one page of PDF', async () => {
    const pdf = await renderCertificatePdf(input);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
  });

  it('gives byte-identical output for the same input, rendered at different times', async () => {
    const a = await renderCertificatePdf(input);
    await new Promise((r) => setTimeout(r, 20));
    const b = await renderCertificatePdf({ ...input, issuedAt: new Date(input.issuedAt.getTime()) });
    expect(b.equals(a)).toBe(true);
  });

  it('differs, including its file ID, when the number differs', async () => {
    const idOf = (pdf: Buffer) => /\/ID \[<([0-9a-f]+)>/.exec(pdf.toString('latin1'))?.[1];
    const a = await renderCertificatePdf(input);
    const b = await renderCertificatePdf({ ...input, number: 'PL-0000-0000-0024' });
    expect(idOf(a)).toMatch(/^[0-9a-f]{32}$/);
    expect(idOf(b)).not.toBe(idOf(a));
  });

  it.skipIf(!hasPoppler)('prints Polish letters and every field (needs poppler pdftotext)', async () => {
    const text = pdfText(await renderCertificatePdf(input)).replace(/\s+/g, ' ');
    expect(text).toContain('Zaświadczenie o ukończeniu kursu');
    expect(text).toContain('Zażółć Gęślą Jaźń');
    expect(text).toContain('Bezpieczeństwo i higiena pracy');
    expect(text).toContain('Wynik testu końcowego: 87,5 %');
    expect(text).toContain('1 czerwca 2025'); // the Warsaw date, not UTC's 31 May
    expect(text).toContain('PL-0000-0000-0012');
    expect(text).toContain('https://planeta.example.pl/zaswiadczenia/PL-0000-0000-0012');
  });

  it.skipIf(!hasPoppler)('keeps very long names and titles on the page', async () => {
    const long = {
      ...input,
      fullName: 'Aleksandra Maria Konstantynopolitańczykowska-Wierzbięta-Szczebrzeszyńska',
      courseTitle:
        'Ochrona danych osobowych w praktyce administracji publicznej i przedsiębiorstw — RODO od podstaw do audytu wewnętrznego',
    };
    const text = pdfText(await renderCertificatePdf(long)).replace(/\s+/g, ' ');
    expect(text).toContain(long.fullName);
    expect(text).toContain('audytu wewnętrznego');
  });
});

describe('renderCertificatePdf in the holder’s language', () => {
  const bhp = {
    birthDate: fromWarsaw(1990, 3, 4),
    birthPlace: 'Kraków',
    trainingKind: null,
    trainingForm: null,
    audience: 'pracowników biurowych',
    organiser: 'Planeta sp. z o.o.',
    startedAt: fromWarsaw(2025, 5, 20),
    finishedAt: fromWarsaw(2025, 6, 1),
    lessonHours: 8,
    registerNumber: 'BHP/2025/PL-0000-0000-0012',
  };
  const language = {
    programmeTitle: 'Polski dla obcokrajowców',
    cefr: 'B1',
    levelTitle: 'B1',
    hours: 120,
    startedAt: fromWarsaw(2025, 2, 1),
    finishedAt: fromWarsaw(2025, 6, 1),
  };

  it.skipIf(!hasPoppler)('prints the course certificate in English, with English dates and numbers', async () => {
    const text = pdfText(await renderCertificatePdf({ ...input, locale: 'en' })).replace(/\s+/g, ' ');
    for (const s of ['Certificate of course completion', 'issued to', 'Final test score: 87.5%', '1 June 2025'])
      expect(text).toContain(s);
    // The holder's name and the course's title are printed as stored.
    expect(text).toContain('Zażółć Gęślą Jaźń');
    expect(text).toContain('Bezpieczeństwo i higiena pracy');
    expect(text).not.toContain('Zaświadczenie');
    expect(text).not.toContain('czerwca');
  });

  it('leaves the Polish certificate byte for byte as it was without a language', async () => {
    expect((await renderCertificatePdf({ ...input, locale: 'pl' })).equals(await renderCertificatePdf(input))).toBe(
      true,
    );
  });

  it.skipIf(!hasPoppler)('prints a Ukrainian course certificate in Polish (it has no Ukrainian text)', async () => {
    const text = pdfText(await renderCertificatePdf({ ...input, locale: 'uk' })).replace(/\s+/g, ' ');
    expect(text).toContain('Zaświadczenie o ukończeniu kursu');
  });

  it.skipIf(!hasPoppler)('prints a language level certificate in Ukrainian, Cyrillic included', async () => {
    const text = pdfText(await renderCertificatePdf({ ...input, language, locale: 'uk' })).replace(/\s+/g, ' ');
    for (const s of ['Сертифікат про завершення рівня', '120 академічних годин', '1 червня 2025', 'НОМЕР СЕРТИФІКАТА'])
      expect(text).toContain(s);
    expect(text).not.toMatch(/Data wydania|Sprawdź/i);
  });

  it.skipIf(!hasPoppler)('puts the Polish BHP original first and the marked courtesy translation second', async () => {
    const pdf = await renderCertificatePdf({ ...input, bhp, locale: 'en' });
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(2);
    const [first, second] = pdfText(pdf).split('\f');
    expect(first).toContain('ZAŚWIADCZENIE');
    expect(first).toContain('w dniach 20 maja 2025 – 1 czerwca 2025');
    expect(first).not.toContain('Courtesy');
    // Letter-spaced capitals come back from pdftotext with stray spaces.
    expect(second.replace(/\s+/g, '')).toContain('COURTESYTRANSLATION—THEPOLISHTEXT(PAGE1)ISBINDING');
    expect(second).toContain('from 20 May 2025 to 1 June 2025');
    expect(second).toContain('8 teaching hours (45 minutes each)');
  });

  it('keeps the Polish BHP certificate one page', async () => {
    const pdf = await renderCertificatePdf({ ...input, bhp, locale: 'pl' });
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
  });
});

describe('renderPlainPdfFloor', () => {
  it('is deterministic and carries the same words', async () => {
    const a = await renderPlainPdfFloor(input);
    expect((await renderPlainPdfFloor(input)).equals(a)).toBe(true);
    if (!hasPoppler) return;
    const text = pdfText(a).replace(/\s+/g, ' ');
    for (const s of [
      'Zaświadczenie o ukończeniu kursu',
      'Zażółć Gęślą Jaźń',
      '87,5 %',
      '1 czerwca 2025',
      'PL-0000-0000-0012',
    ])
      expect(text).toContain(s);
  });
});

describe('formatPercent', () => {
  it('writes Polish notation', () => {
    expect(formatPercent(65)).toBe('65 %');
    expect(formatPercent(87.5)).toBe('87,5 %');
    expect(formatPercent(66.66)).toBe('66,7 %');
  });

  it('writes English and Ukrainian notation', () => {
    expect(formatPercent(87.5, 'en')).toBe('87.5%');
    expect(formatPercent(66.66, 'en')).toBe('66.7%');
    expect(formatPercent(65, 'en')).toBe('65%');
    expect(formatPercent(87.5, 'uk')).toBe('87,5%');
  });
});
