// The company's controller rights (agreement § 8): deletion on request only once every list's final
// report is approved, the automatic date 30 days after the last approval, and what the export holds.
import { describe, expect, it } from 'vitest';
import {
  automaticDeletionAt,
  deletionRefusal,
  participantsExport,
  periodEnd,
  type UploadFacts,
} from '@/lib/groups/rules/controller-rights';
import { ruleOf } from '@/lib/retention/rules/table';
import { controllerPanel } from '@/lib/groups/people/controller-page';

const at = (s: string) => new Date(s);
const approved = (d: string): UploadFacts => ({
  status: 'PROVISIONED',
  report: { status: 'APPROVED', approvedAt: at(d) },
});
const inReview: UploadFacts = { status: 'PROVISIONED', report: { status: 'IN_REVIEW', approvedAt: null } };
const due: UploadFacts = { status: 'PROVISIONED', report: null };
const preview: UploadFacts = { status: 'PREVIEW', report: null };

describe('deletion on the controller’s request (§ 8 ust. 2)', () => {
  it.each([
    ['no list with accounts yet', [], 'people.controller.nothingToDelete'],
    ['only a preview', [preview], 'people.controller.nothingToDelete'],
    ['the report is not built yet', [due], 'people.controller.reportNotApproved'],
    ['the report is in review', [inReview], 'people.controller.reportNotApproved'],
    [
      'one list approved, another in review',
      [approved('2026-10-01T10:00:00Z'), inReview],
      'people.controller.reportNotApproved',
    ],
    ['every report approved', [approved('2026-10-01T10:00:00Z'), approved('2026-11-01T10:00:00Z')], null],
    ['approved, a later preview never confirmed', [approved('2026-10-01T10:00:00Z'), preview], null],
  ])('%s → %s', (_name, uploads, reason) => {
    expect(deletionRefusal(uploads as UploadFacts[])?.reason ?? null).toBe(reason);
  });
});

describe('when the platform deletes the data by itself', () => {
  const keep = ruleOf('groupParticipant').keep!;

  it('is 30 days after the last approval, the retention job’s cut-off read forwards', () => {
    const when = automaticDeletionAt([approved('2026-10-01T10:00:00Z'), approved('2026-11-01T10:00:00Z')], keep);
    expect(when?.toISOString()).toBe('2026-12-01T10:00:00.000Z');
  });

  it('is not known while a report is still to come', () => {
    expect(automaticDeletionAt([approved('2026-10-01T10:00:00Z'), due], keep)).toBeNull();
  });

  it.each([
    [{ n: 30, unit: 'days' as const }, '2026-01-31T00:00:00.000Z'],
    [{ n: 24, unit: 'hours' as const }, '2026-01-02T00:00:00.000Z'],
    [{ n: 1, unit: 'months' as const }, '2026-02-01T00:00:00.000Z'],
  ])('periodEnd(%o) from 1 January', (p, iso) => {
    expect(periodEnd(p, at('2026-01-01T00:00:00Z')).toISOString()).toBe(iso);
  });
});

describe('the group page’s box', () => {
  it('is not shown before any list has accounts', () => {
    expect(controllerPanel({ groupId: 'g1', isAdmin: true, people: 0, uploads: [preview] }).hasAccounts).toBe(false);
  });

  const base = { groupId: 'g1', isAdmin: true, people: 3 };
  it.each([
    ['admin, report in review', { ...base, uploads: [inReview] }, 'waits', null],
    ['admin, report approved', { ...base, uploads: [approved('2026-11-01T10:00:00Z')] }, 'offer', '1 grudnia 2026'],
    ['admin, data already deleted', { ...base, people: 0, uploads: [approved('2026-11-01T10:00:00Z')] }, 'done', null],
    [
      'staff never delete',
      { ...base, isAdmin: false, uploads: [approved('2026-11-01T10:00:00Z')] },
      'staff',
      '1 grudnia 2026',
    ],
  ])('%s', (_n, input, deletion, automaticOn) => {
    const panel = controllerPanel(input);
    expect(panel.deletion).toBe(deletion);
    expect(panel.automaticOn).toBe(automaticOn);
  });
});

describe('uczestnicy.json', () => {
  it('holds each participant’s account, lessons, attempts and certificate with ISO dates, sorted', () => {
    const out = participantsExport(
      { groupId: 'g1', companyName: 'Firma', courseTitle: 'BHP', generatedAt: at('2026-12-01T12:00:00Z') },
      [
        {
          firstName: 'Anna',
          lastName: 'Nowak',
          login: 'anna.nowak',
          email: null,
          accountCreatedAt: at('2026-09-01T08:00:00Z'),
          firstLoginAt: at('2026-09-02T08:00:00Z'),
          lastLoginAt: at('2026-09-20T08:00:00Z'),
          deactivatedAt: null,
          addedToGroupAt: at('2026-09-01T08:00:00Z'),
          enrolment: {
            startsAt: at('2026-09-01T08:00:00Z'),
            endsAt: at('2026-11-01T08:00:00Z'),
            lessons: [
              { title: 'L2', completedAt: at('2026-09-05T08:00:00Z') },
              { title: 'L1', completedAt: at('2026-09-03T08:00:00Z') },
            ],
            attempts: [
              {
                number: 2,
                startedAt: at('2026-09-10T08:00:00Z'),
                submittedAt: at('2026-09-10T08:20:00Z'),
                percent: 80,
                passed: true,
              },
              { number: 1, startedAt: at('2026-09-09T08:00:00Z'), submittedAt: null, percent: null, passed: null },
            ],
            certificate: { number: 'PL-1', issuedAt: at('2026-09-10T08:21:00Z'), scorePercent: 80 },
          },
        },
        {
          firstName: 'Jan',
          lastName: 'Kos',
          login: null,
          email: 'jan@firma.pl',
          accountCreatedAt: at('2026-09-01T08:00:00Z'),
          firstLoginAt: null,
          lastLoginAt: null,
          deactivatedAt: at('2026-09-15T08:00:00Z'),
          addedToGroupAt: at('2026-09-01T08:00:00Z'),
          enrolment: null,
        },
      ],
    );
    expect(out.group).toEqual({ id: 'g1', company: 'Firma', course: 'BHP' });
    const [anna, jan] = out.participants;
    expect(anna.lessonsDone.map((l) => l.lesson)).toEqual(['L1', 'L2']);
    expect(anna.testAttempts.map((a) => [a.number, a.scorePercent, a.submittedAt])).toEqual([
      [1, null, null],
      [2, 80, '2026-09-10T08:20:00.000Z'],
    ]);
    expect(anna.certificate).toEqual({ number: 'PL-1', issuedAt: '2026-09-10T08:21:00.000Z', scorePercent: 80 });
    expect(anna.firstLoginAt).toBe('2026-09-02T08:00:00.000Z');
    expect(jan).toMatchObject({ email: 'jan@firma.pl', login: null, deactivatedAt: '2026-09-15T08:00:00.000Z' });
    expect(jan.lessonsDone).toEqual([]);
    expect(jan.certificate).toBeNull();
    expect(jan.access).toBeNull();
  });
});
