// What the privacy request queue shows: the days left to the 30-day term, "soon" in the last
// week, overdue after it; nothing to count once decided.
import { describe, expect, it } from 'vitest';
import { fromWarsaw } from '@/lib/format/time';
import { requestView, type RequestRecord } from '@/lib/privacy/requests/queue';
import { requestDueAt } from '@/lib/privacy/rules/request-deadline';
import { refusalView } from '@/lib/privacy/pages';
import type { DeletionRefusal } from '@/lib/privacy/rules/deletion';

const receivedAt = fromWarsaw(2026, 12, 1, 10);
const base: RequestRecord = {
  id: 'r1',
  number: 'RODO-20261201-AAAAA',
  kind: 'OBJECTION',
  details: 'Sprzeciw',
  name: 'Anna Nowak',
  email: 'anna@example.com',
  receivedAt,
  dueAt: requestDueAt(receivedAt),
  status: 'OPEN',
  reply: null,
  decidedAt: null,
};

describe('requestView', () => {
  it.each([
    ['the day of receipt', fromWarsaw(2026, 12, 1, 12), 'zostało 30 dni', 'ok'],
    ['a week before the end', fromWarsaw(2026, 12, 24, 12), 'zostało 7 dni', 'soon'],
    ['the last day', fromWarsaw(2026, 12, 31, 23, 30), 'termin mija dziś', 'soon'],
    ['the day after', fromWarsaw(2027, 1, 1, 0, 30), 'po terminie o 1 dzień', 'overdue'],
  ])('%s', (_name, now, text, tone) => {
    const v = requestView(base, now);
    expect(v.lastDay).toBe('31 grudnia 2026');
    expect(v.countdown).toEqual({ text, tone });
    expect(v.kind).toBe('Sprzeciw');
  });

  it('counts nothing once decided, and says how it was decided', () => {
    const v = requestView({ ...base, status: 'REFUSED', reply: 'Nie', decidedAt: receivedAt }, receivedAt);
    expect(v).toMatchObject({ open: false, refused: true, countdown: null, status: 'Odmowa' });
  });
});

describe('refusalView', () => {
  it.each<[DeletionRefusal, string[]]>([
    [{ reason: 'privacy.delete.refused.pendingPayment' }, ['/zamowienia']],
    [{ reason: 'privacy.delete.refused.soleGroupAdmin', groups: [{ id: 'g1', companyName: 'Firma' }] }, ['/grupy/g1']],
    [{ reason: 'privacy.delete.refused.groupParticipant', companies: ['Firma'] }, ['/konto/wnioski']],
    [
      { reason: 'privacy.delete.refused.activeChildPackage', children: [{ childName: 'Ola', endsAt: null }] },
      ['/rodzina'],
    ],
    [{ reason: 'privacy.delete.refused.staff' }, []],
  ])('%o offers %o', (refusal, hrefs) => {
    const v = refusalView(refusal);
    expect(v.links.map((l) => l.href)).toEqual(hrefs);
    expect(v.text).not.toContain('privacy.');
  });
});
