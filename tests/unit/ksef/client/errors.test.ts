// KSeF's refusals in each of its shapes become one KsefRequestError with KSeF's code and details.
import { describe, expect, it } from 'vitest';
import { ksefRequestErrorFrom } from '@/lib/invoices/ksef/client/errors';
import { field } from '@/lib/invoices/ksef/client/api';
import { KsefRequestError, KsefUnavailableError } from '@/lib/invoices/ksef/types';

describe('ksefRequestErrorFrom', () => {
  it('reads the default ExceptionResponse', () => {
    const e = ksefRequestErrorFrom(
      400,
      {
        exception: {
          exceptionDetailList: [
            {
              exceptionCode: 21180,
              exceptionDescription: 'Status sesji nie pozwala na wykonanie operacji.',
              details: ['Status sesji 170 uniemożliwia wysyłkę faktur.'],
            },
          ],
          timestamp: '2025-07-11T12:23:56+00:00',
        },
      },
      'POST /sessions/online/x/invoices',
    );
    expect(e).toBeInstanceOf(KsefRequestError);
    expect(e.status).toBe(400);
    expect(e.code).toBe(21180);
    expect(e.details).toEqual(['Status sesji 170 uniemożliwia wysyłkę faktur.']);
    expect(e.message).toContain('21180 Status sesji nie pozwala');
  });

  it('reads Problem Details with errors[]', () => {
    const e = ksefRequestErrorFrom(
      400,
      {
        title: 'Bad Request',
        status: 400,
        detail: 'x',
        errors: [{ code: 21403, description: 'Nieprawidłowy skrót pliku.', details: ['Skrót treści…'] }],
      },
      'POST /x',
    );
    expect([e.code, e.details]).toEqual([21403, ['Skrót treści…']]);
  });

  it('reads a 401/403 Problem Details without a code', () => {
    const e = ksefRequestErrorFrom(
      403,
      { title: 'Forbidden', status: 403, detail: 'Brak uprawnień', reasonCode: 'missing-permissions' },
      'GET /x',
    );
    expect(e.status).toBe(403);
    expect(e.code).toBeNull();
    expect(e.details).toEqual(['Brak uprawnień', 'missing-permissions']);
  });

  it('survives a body it does not know', () => {
    const e = ksefRequestErrorFrom(404, null, 'GET /nothing');
    expect([e.status, e.code, e.details]).toEqual([404, null, []]);
    expect(e.message).toBe('KSeF refused GET /nothing: HTTP 404');
  });
});

describe('field', () => {
  const res = (body: unknown) => ({ status: 201, headers: new Headers(), body, raw: Buffer.alloc(0) });

  it('reads a nested string or number of a success body', () => {
    expect(field(res({ accessToken: { token: 'eyJ' } }), 'accessToken.token', 'the redeem')).toBe('eyJ');
    expect(field(res({ timestampMs: 1752236636015 }), 'timestampMs', 'the challenge')).toBe('1752236636015');
  });

  it('treats a success without the field as no usable answer', () => {
    expect(() => field(res(null), 'referenceNumber', 'the session opening')).toThrow(KsefUnavailableError);
    expect(() => field(res({ referenceNumber: '' }), 'referenceNumber', 'x')).toThrow(/without referenceNumber/);
  });
});
