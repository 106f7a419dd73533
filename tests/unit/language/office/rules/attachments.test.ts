import { describe, expect, it } from 'vitest';
import {
  attachmentName,
  checkAttachments,
  checkBody,
  MAX_BODY_CHARS,
  sniffAttachment,
  zipEntryNames,
} from '@/lib/language/office/rules/attachments';
import { zipStore } from '@/lib/spreadsheets/zip-write';

const bytes = (head: number[], size = 64) => {
  const b = new Uint8Array(size);
  b.set(head);
  return b;
};
const PDF = bytes([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0]);
const GIF = bytes([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]);
const EXE = bytes([0x4d, 0x5a, 0x90, 0x00]);
const at = { year: 2026, month: 12, day: 2, hour: 10, minute: 0, second: 0 };
const zip = (...names: string[]) =>
  new Uint8Array(
    zipStore(
      names.map((name) => ({ name, data: Buffer.from('<x/>') })),
      at,
    ),
  );
const DOCX = zip('[Content_Types].xml', '_rels/.rels', 'word/document.xml');
const DOCM = zip('[Content_Types].xml', 'word/document.xml', 'word/vbaProject.bin');
const XLSX = zip('[Content_Types].xml', 'xl/workbook.xml');

describe('sniffAttachment', () => {
  it.each([
    ['a PDF', PDF, 'application/pdf'],
    ['a PNG', PNG, 'image/png'],
    ['a JPEG', JPEG, 'image/jpeg'],
    ['a Word document', DOCX, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ])('recognises %s by its bytes', (_, buf, type) => {
    expect(sniffAttachment(buf)).toMatchObject({ mimeType: type });
  });

  it.each([
    ['a GIF', GIF],
    ['a Windows program', EXE],
    ['a spreadsheet (a zip without word/document.xml)', XLSX],
    ['plain text', new TextEncoder().encode('%PD not quite a pdf')],
    ['a truncated zip', DOCX.subarray(0, 40)],
  ])('refuses %s', (_, buf) => {
    expect(sniffAttachment(buf)).toBeNull();
  });

  it('names a Word file with a VBA project as carrying macros', () => {
    expect(sniffAttachment(DOCM)).toBe('macros');
  });

  it('reads the entry names of a zip from its central directory', () => {
    expect(zipEntryNames(DOCX)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
  });
});

describe('attachmentName', () => {
  it.each([
    ['skan.pdf', 'pdf', 'skan.pdf'],
    ['zdjęcie.JPEG', 'jpg', 'zdjęcie.JPEG'],
    ['umowa.txt', 'pdf', 'umowa.txt.pdf'],
    ['C:\\Users\\maria\\paszport.png', 'png', 'paszport.png'],
    ['../../etc/passwd', 'pdf', 'passwd.pdf'],
    ['bez"cudzy\u0000słowu.docx', 'docx', 'bezcudzysłowu.docx'],
    ['', 'png', 'plik.png'],
  ])('%s as a %s is saved as %s', (raw, extension, expected) => {
    expect(attachmentName(raw, { mimeType: 'x', extension })).toBe(expected);
  });
});

describe('checkAttachments', () => {
  const file = (name: string, b: Uint8Array) => ({ name, bytes: b });
  const MB = 1024 * 1024;

  it('accepts up to three files of the allowed types, typed by their bytes', () => {
    const r = checkAttachments([file('a.pdf', PDF), file('photo.png', JPEG), file('cv.docx', DOCX)]);
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.files.map((f) => [f.fileName, f.mimeType])).toEqual([
        ['a.pdf', 'application/pdf'],
        ['photo.png.jpg', 'image/jpeg'],
        ['cv.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ]);
  });

  it('accepts no files at all', () => {
    expect(checkAttachments([])).toEqual({ ok: true, files: [] });
  });

  it.each([
    ['a fourth file', [PDF, PDF, PDF, PDF].map((b, i) => file(`${i}.pdf`, b)), 'languageOffice.errors.tooMany'],
    ['an empty file', [file('pusty.pdf', new Uint8Array(0))], 'languageOffice.errors.empty'],
    [
      'a file over 5 MB',
      [file('big.pdf', bytes([0x25, 0x50, 0x44, 0x46, 0x2d], 5 * MB + 1))],
      'languageOffice.errors.tooLarge',
    ],
    ['a program renamed to .pdf', [file('faktura.pdf', EXE)], 'languageOffice.errors.badType'],
    ['a Word file with macros', [file('list.docx', DOCM)], 'languageOffice.errors.macros'],
    [
      'three files over 10 MB together',
      [1, 2, 3].map((i) => file(`${i}.pdf`, bytes([0x25, 0x50, 0x44, 0x46, 0x2d], 4 * MB))),
      'languageOffice.errors.totalTooLarge',
    ],
  ])('refuses %s', (_, files, code) => {
    const r = checkAttachments(files);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(typeof r.reason === 'string' ? r.reason : r.reason.code).toBe(code);
  });

  it('takes exactly 5 MB per file', () => {
    expect(checkAttachments([file('max.pdf', bytes([0x25, 0x50, 0x44, 0x46, 0x2d], 5 * MB))]).ok).toBe(true);
  });
});

describe('checkBody', () => {
  it.each([
    ['', false],
    ['   \n ', false],
    ['Dzień dobry', true],
    ['x'.repeat(MAX_BODY_CHARS), true],
    ['x'.repeat(MAX_BODY_CHARS + 1), false],
  ])('%j is accepted: %s', (raw, ok) => {
    expect(checkBody(raw).ok).toBe(ok);
  });

  it('trims and keeps line breaks', () => {
    expect(checkBody('  Pytanie:\r\nkiedy zajęcia?  ')).toEqual({ ok: true, body: 'Pytanie:\nkiedy zajęcia?' });
  });
});
