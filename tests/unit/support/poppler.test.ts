// The poppler guard of the PDF tests (tests/support/pdf.ts): skip on a developer machine without
// poppler-utils, fail where CI is set, so a CI runner missing it cannot pass by skipping.
import { describe, expect, it } from 'vitest';
import { popplerAvailable } from '../../support/pdf';

const none = () => false;
const all = () => true;

describe('popplerAvailable', () => {
  it('is true where pdftotext and pdftoppm are installed, CI or not', () => {
    expect(popplerAvailable({}, all)).toBe(true);
    expect(popplerAvailable({ CI: 'true' }, all)).toBe(true);
  });

  it('skips (false) without poppler when CI is not set or is off', () => {
    expect(popplerAvailable({}, none)).toBe(false);
    expect(popplerAvailable({ CI: 'false' }, none)).toBe(false);
    expect(popplerAvailable({ CI: '0' }, none)).toBe(false);
  });

  it('fails without poppler when CI is set, naming what to install', () => {
    expect(() => popplerAvailable({ CI: 'true' }, none)).toThrow(/poppler-utils/);
    expect(() => popplerAvailable({ CI: '1' }, none)).toThrow(/poppler-utils/);
    // pdftoppm alone missing is missing too (the QR checks render pages with it).
    expect(() => popplerAvailable({ CI: '1' }, (p) => p.endsWith('pdftotext'))).toThrow(/pdftoppm/);
  });
});
