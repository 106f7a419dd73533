// The group page's model: seats, redirect notices, what each step allows, and the participant rows.
import { describe, expect, it } from 'vitest';
import { groupPageModel, type GroupPageInput } from '@/lib/groups/group-page';
import type { ParticipantProgress } from '@/lib/groups/report/participants-progress';
import { formatDate } from '@/lib/format/time';

const group: GroupPageInput['group'] = {
  id: 'g1',
  companyName: 'ACME sp. z o.o.',
  seats: 10,
  seatsUsed: 0,
  active: true,
  course: { id: 'c1', slug: 'bhp', title: 'BHP dla biura' },
  orderItem: {
    order: {
      id: 'o1',
      number: 'PL/2026/0001',
      paidAt: new Date('2026-11-02T09:00:00Z'),
      companyName: 'ACME sp. z o.o.',
      buyerName: 'Jan Kowalski',
      nip: '5260250274',
      street: 'Prosta 1',
      postalCode: '00-001',
      city: 'Warszawa',
    },
  },
};
const upload = (extra: Partial<GroupPageInput['uploads'][number]> = {}): GroupPageInput['uploads'][number] => ({
  id: 'u1',
  fileName: 'lista.xlsx',
  status: 'PREVIEW',
  createdAt: new Date('2026-11-03T10:00:00Z'),
  provisionedAt: null,
  reportDueAt: null,
  rowCount: 3,
  validCount: 3,
  _count: { participants: 0 },
  report: null,
  ...extra,
});
const agreement = (status: 'SUBMITTED' | 'ACCEPTED' | 'REJECTED', rejectionReason: string | null = null) => ({
  id: 'a1',
  fileName: 'umowa.pdf',
  status,
  uploadedAt: new Date('2026-11-02T12:00:00Z'),
  rejectionReason,
});
const input = (extra: Partial<GroupPageInput> = {}): GroupPageInput => ({
  group,
  agreement: null,
  uploads: [],
  participants: [],
  query: {},
  ...extra,
});

describe('groupPageModel', () => {
  it('a fresh group: seats free, the agreement to upload, the list waiting for it', () => {
    const m = groupPageModel(input());
    expect(m.seats).toEqual({ bought: 10, used: 0, left: 10 });
    expect(m.order).toMatchObject({ id: 'o1', number: 'PL/2026/0001' });
    expect(m.order.paidAt).toMatch(/2026/);
    expect(m.agreement).toMatchObject({ status: 'NONE', scan: null, canUpload: true });
    expect(m.list).toMatchObject({ canUpload: false, blocked: 'waitsForAgreement', uploads: [] });
    expect(m.howItWorksOpen).toBe(true);
    expect(m.created).toBe(0);
    expect(m.discarded).toBe(false);
    expect(m.steps.map((s) => s.key)).toEqual(['zakup', 'umowa', 'lista', 'konta', 'nauka', 'raport']);
  });

  it.each([
    [true, true, '/kursy/bhp#dokup'],
    [true, false, null],
    [false, true, null],
  ])('owned by the viewer %s, active %s: the top-up link is %s', (ownedByViewer, active, href) => {
    expect(groupPageModel(input({ ownedByViewer, group: { ...group, active } })).topUpHref).toBe(href);
  });

  it('reads the redirect notices from the query', () => {
    expect(groupPageModel(input({ query: { utworzono: '3' } })).created).toBe(3);
    expect(groupPageModel(input({ query: { utworzono: 'x' } })).created).toBe(0);
    expect(groupPageModel(input({ query: { odrzucono: '1' } })).discarded).toBe(true);
  });

  it('a submitted agreement allows the list; a confirmable preview waits for acceptance', () => {
    const m = groupPageModel(input({ agreement: agreement('SUBMITTED'), uploads: [upload()] }));
    expect(m.agreement.canUpload).toBe(false);
    expect(m.agreement.scan?.fileName).toBe('umowa.pdf');
    expect(m.list.canUpload).toBe(true);
    expect(m.list.uploads[0]).toMatchObject({ rows: 3, status: 'PREVIEW' });
    expect(m.accounts).toEqual({ provisioned: false, waitsForAcceptance: true });
  });

  it('a rejected agreement can be sent again and blocks the list; a preview with errors says so', () => {
    const m = groupPageModel(
      input({ agreement: agreement('REJECTED', 'Brak podpisu'), uploads: [upload({ validCount: 2 })] }),
    );
    expect(m.agreement).toMatchObject({ status: 'REJECTED', rejectionReason: 'Brak podpisu', canUpload: true });
    expect(m.list.canUpload).toBe(false);
    expect(m.list.uploads[0].status).toBe('PREVIEW_WITH_ERRORS');
  });

  it('an inactive group offers no uploads; no seats left says so', () => {
    expect(groupPageModel(input({ group: { ...group, active: false } })).agreement.canUpload).toBe(false);
    const full = groupPageModel(input({ group: { ...group, seatsUsed: 10 }, agreement: agreement('ACCEPTED') }));
    expect(full.list).toMatchObject({ canUpload: false, blocked: 'noSeats' });
  });

  it('provisioned lists: credentials, reports by state, rows counted from participants', () => {
    const base = { status: 'PROVISIONED' as const, provisionedAt: new Date('2026-11-05T10:00:00Z') };
    const m = groupPageModel(
      input({
        agreement: agreement('ACCEPTED'),
        group: { ...group, seatsUsed: 6 },
        uploads: [
          upload({ ...base, id: 'u1', _count: { participants: 2 }, reportDueAt: new Date('2027-01-05T10:00:00Z') }),
          upload({ ...base, id: 'u2', report: { id: 'r2', status: 'IN_REVIEW', staffComment: null } }),
          upload({ ...base, id: 'u3', report: { id: 'r3', status: 'APPROVED', staffComment: 'Dobrze' } }),
        ],
      }),
    );
    expect(m.howItWorksOpen).toBe(false);
    expect(m.accounts.provisioned).toBe(true);
    expect(m.list.uploads[0].rows).toBe(2);
    expect(m.reports.map((r) => r.report.state)).toEqual(['due', 'review', 'ready']);
    expect(m.reports[2].report).toEqual({ state: 'ready', id: 'r3', comment: 'Dobrze' });
    expect(m.reports[0].provisionedOn).toMatch(/2026/);
  });

  it('participant rows: login split at dots, test result, access until the day before it ends', () => {
    const p: ParticipantProgress = {
      id: 'p1',
      userId: 'u',
      firstName: 'Anna',
      lastName: 'Nowak',
      login: 'anna.nowak.acme',
      email: 'anna@example.com',
      uploadId: 'u1',
      lastLoginAt: null,
      endsAt: new Date('2027-01-05T23:00:00Z'), // midnight 6 January in Warsaw
      done: 3,
      total: 12,
      percent: 25,
      bestScore: 80,
      passed: true,
      passedAt: null,
      testDate: null,
      certificateNumber: null,
      credentialsSentAt: null,
    };
    const [row] = groupPageModel(
      input({ participants: [p, { ...p, id: 'p2', email: null, bestScore: null }] }),
    ).participants;
    expect(row).toMatchObject({
      name: 'Anna Nowak',
      loginParts: ['anna.', 'nowak.', 'acme'],
      lastLoginAt: null,
      progress: '25 % (3/12)',
      test: { kind: 'passed', score: 80 },
      certificateNumber: '—',
      canSendCredentials: true,
    });
    expect(row.accessUntil).toBe(formatDate(new Date('2027-01-05T12:00:00Z')));
    const rows = groupPageModel(input({ participants: [{ ...p, email: null, bestScore: null }] })).participants;
    expect(rows[0]).toMatchObject({ test: { kind: 'none' }, canSendCredentials: false });
    expect(groupPageModel(input({ participants: null })).participants).toEqual([]);
  });
});
