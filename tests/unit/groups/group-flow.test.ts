import { describe, expect, it } from 'vitest';
import { sealPassword, unsealPassword } from '@/lib/groups/accounts/credential-seal';
import { scanType } from '@/lib/groups/agreement/agreements';
import { groupSteps } from '@/lib/groups/steps';

process.env.AUTH_SECRET ??= 'unit-secret-unit-secret-unit-secret-unit';

describe('sealed passwords', () => {
  it('round-trips, differs every time, and refuses a tampered copy', () => {
    const a = sealPassword('Zażółć2026');
    const b = sealPassword('Zażółć2026');
    expect(a).not.toBe(b);
    expect(unsealPassword(a)).toBe('Zażółć2026');
    const parts = a.split('.');
    const data = Buffer.from(parts[3], 'base64url');
    data[0] ^= 1;
    parts[3] = data.toString('base64url');
    expect(() => unsealPassword(parts.join('.'))).toThrow();
  });
});

describe('scan type by content', () => {
  it('knows PDF, JPEG and PNG by their bytes, whatever the name', () => {
    expect(scanType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(scanType(Buffer.from([0xff, 0xd8, 0xff, 0xe1]))).toBe('image/jpeg');
    expect(scanType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(scanType(Buffer.from('GIF89a'))).toBeNull();
    expect(scanType(Buffer.from('PK\x03\x04'))).toBeNull();
    expect(scanType(new Uint8Array())).toBeNull();
  });
});

describe('the six steps', () => {
  const states = (input: Parameters<typeof groupSteps>[0]) => groupSteps(input).map((s) => s.state);
  it('starts with the agreement to do', () => {
    expect(states({ agreement: null, uploads: [], seatsLeft: 30 })).toEqual([
      'done',
      'current',
      'later',
      'later',
      'later',
      'later',
    ]);
  });
  it('lets the list go up while the agreement waits, and accounts wait for its acceptance', () => {
    expect(
      states({
        agreement: { status: 'SUBMITTED' },
        uploads: [{ status: 'PREVIEW', rowCount: 25, validCount: 25, report: null }],
        seatsLeft: 30,
      }),
    ).toEqual(['done', 'waiting', 'done', 'waiting', 'later', 'later']);
    // once accepted, confirming the waiting list is the thing to do
    expect(
      states({
        agreement: { status: 'ACCEPTED' },
        uploads: [{ status: 'PREVIEW', rowCount: 25, validCount: 25, report: null }],
        seatsLeft: 30,
      }),
    ).toEqual(['done', 'done', 'current', 'current', 'later', 'later']);
  });
  it('a preview with errors or more rows than seats left is not "confirm it": fix the file instead', () => {
    const accepted = { status: 'ACCEPTED' as const };
    const withErrors = groupSteps({
      agreement: accepted,
      uploads: [{ status: 'PREVIEW', rowCount: 3, validCount: 1, report: null }],
      seatsLeft: 30,
    });
    expect(withErrors.map((s) => s.state)).toEqual(['done', 'done', 'current', 'later', 'later', 'later']);
    expect(withErrors[2].hint).toMatch(/błędy/);
    const tooMany = groupSteps({
      agreement: accepted,
      uploads: [
        { status: 'PROVISIONED', rowCount: 4, validCount: 4, report: null },
        { status: 'PREVIEW', rowCount: 27, validCount: 27, report: null },
      ],
      seatsLeft: 26,
    });
    // Earlier accounts do not make the list step done while this list cannot be confirmed.
    expect(tooMany.map((s) => s.state)).toEqual(['done', 'done', 'current', 'done', 'current', 'later']);
    expect(tooMany[2].hint).toMatch(/o 1 wiersz więcej.*\(26\)/);
  });
  it('links the list step to the preview to fix, and names an electronic acceptance waiting for countersigning', () => {
    const steps = groupSteps({
      agreement: { status: 'ACCEPTED' },
      uploads: [{ id: 'u1', status: 'PREVIEW', rowCount: 3, validCount: 2, report: null }],
      seatsLeft: 30,
      groupId: 'g1',
    });
    expect(steps[2]).toMatchObject({ state: 'current', href: '/grupy/g1/lista/u1' });
    const esign = groupSteps({ agreement: { status: 'SUBMITTED', method: 'ELECTRONIC' }, uploads: [], seatsLeft: 30 });
    expect(esign[1]).toMatchObject({ state: 'waiting', hint: expect.stringMatching(/kontrasygnat/) });
  });
  it('after provisioning: learning under way, then the report in review, then done', () => {
    const accepted = { status: 'ACCEPTED' as const };
    expect(
      states({
        agreement: accepted,
        uploads: [{ status: 'PROVISIONED', rowCount: 25, validCount: 25, report: null }],
        seatsLeft: 5,
      }),
    ).toEqual(['done', 'done', 'done', 'done', 'current', 'later']);
    expect(
      states({
        agreement: accepted,
        uploads: [{ status: 'PROVISIONED', rowCount: 25, validCount: 25, report: { status: 'IN_REVIEW' } }],
        seatsLeft: 5,
      }),
    ).toEqual(['done', 'done', 'done', 'done', 'done', 'waiting']);
    expect(
      states({
        agreement: accepted,
        uploads: [{ status: 'PROVISIONED', rowCount: 25, validCount: 25, report: { status: 'APPROVED' } }],
        seatsLeft: 5,
      }).at(-1),
    ).toBe('done');
  });
});

describe('the rejection note', () => {
  it('ends the reason with one full stop whether staff typed one or not', async () => {
    const { groups } = await import('@/lib/i18n/pl/groups');
    expect(groups.agreementRejected('Brak podpisu')).toBe(
      'Umowa odrzucona: Brak podpisu. Popraw ją i prześlij ponownie.',
    );
    expect(groups.agreementRejected('Brak podpisu.')).toBe(
      'Umowa odrzucona: Brak podpisu. Popraw ją i prześlij ponownie.',
    );
  });
});
