// The one Content-Disposition every download uses: an ASCII fallback plus the UTF-8 name.
import { describe, expect, it } from 'vitest';
import { contentDisposition, fileResponse } from '@/lib/http/file-response';

describe('contentDisposition', () => {
  it('keeps a plain name as it is in both parameters', () => {
    expect(contentDisposition('zaswiadczenie-12.pdf')).toBe(
      `attachment; filename="zaswiadczenie-12.pdf"; filename*=UTF-8''zaswiadczenie-12.pdf`,
    );
  });

  it('transliterates the fallback, drops its quotes, and percent-encodes the UTF-8 name (RFC 5987)', () => {
    expect(contentDisposition('Umowa "łódź" (1).pdf', true)).toBe(
      `inline; filename="Umowa lodz (1).pdf"; filename*=UTF-8''Umowa%20%22%C5%82%C3%B3d%C5%BA%22%20%281%29.pdf`,
    );
  });
});

describe('fileResponse', () => {
  it('sends nosniff, no shared caching by default and the length when given', () => {
    const res = fileResponse(new Uint8Array([1, 2, 3]), 'a.pdf', 'application/pdf', { size: 3 });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('content-length')).toBe('3');
  });
});
