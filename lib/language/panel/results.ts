// The panel's result lists: placement tests (anonymous, with the learner when one signed up with
// it), level-test attempts, and certificate requests with their decision — newest first, bounded.
import { db } from '@/lib/db/client';
import type { LevelCertificateStatus } from '@/lib/db/generated/enums';
import { userSearch, type PanelScope } from './scope';

export const RESULTS_LIMIT = 200;
const fullName = (u: { firstName: string; lastName: string }) => `${u.firstName} ${u.lastName}`;

type Band = { cefr: string; scored: number; max: number };
const bandsOf = (json: unknown): Band[] =>
  Array.isArray(json)
    ? json.flatMap((b) =>
        b && typeof b === 'object' && typeof b.cefr === 'string'
          ? [{ cefr: b.cefr, scored: Number(b.scored) || 0, max: Number(b.max) || 0 }]
          : [],
      )
    : [];

export async function placementResults(scope: PanelScope, filter: { cefr?: string }) {
  const rows = await db().placementAttempt.findMany({
    where: { programmeId: scope.programme.id, submittedAt: { not: null }, recommendedCefr: filter.cefr },
    orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
    take: RESULTS_LIMIT,
    select: {
      id: true,
      submittedAt: true,
      recommendedCefr: true,
      bandScores: true,
      learners: { select: { user: { select: { firstName: true, lastName: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    submittedAt: r.submittedAt!,
    recommendedCefr: r.recommendedCefr ?? '—',
    bands: bandsOf(r.bandScores),
    learners: r.learners.map((l) => fullName(l.user)),
  }));
}

export async function levelTestResults(
  scope: PanelScope,
  filter: { cefr?: string; result?: 'passed' | 'failed'; q?: string },
) {
  const levels = filter.cefr ? scope.levels.filter((l) => l.cefr === filter.cefr) : scope.levels;
  const levelOf = new Map(scope.levels.map((l) => [l.courseId, l]));
  const rows = await db().testAttempt.findMany({
    where: {
      submittedAt: { not: null },
      ...(filter.result ? { passed: filter.result === 'passed' } : {}),
      enrolment: { courseId: { in: levels.map((l) => l.courseId) }, user: userSearch(filter.q) },
    },
    orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
    take: RESULTS_LIMIT,
    select: {
      id: true,
      number: true,
      submittedAt: true,
      scoredPoints: true,
      points: true,
      maxPoints: true,
      percent: true,
      passed: true,
      enrolment: { select: { courseId: true, user: { select: { firstName: true, lastName: true, email: true } } } },
    },
  });
  return rows.map((r) => {
    const level = levelOf.get(r.enrolment.courseId)!;
    return {
      id: r.id,
      submittedAt: r.submittedAt!,
      learner: fullName(r.enrolment.user),
      email: r.enrolment.user.email,
      cefr: level.cefr,
      passMark: level.passMark,
      number: r.number,
      scored: r.scoredPoints ?? r.points ?? 0,
      max: r.maxPoints ?? 0,
      percent: r.percent ?? 0,
      passed: r.passed === true,
    };
  });
}

export async function certificateRequests(
  scope: PanelScope,
  filter: { cefr?: string; status?: LevelCertificateStatus; q?: string },
) {
  const rows = await db().levelCertificateRequest.findMany({
    where: {
      level: { programmeId: scope.programme.id, ...(filter.cefr ? { cefr: filter.cefr } : {}) },
      status: filter.status,
      user: userSearch(filter.q),
    },
    orderBy: [{ requestedAt: 'desc' }, { id: 'desc' }],
    take: RESULTS_LIMIT,
    select: {
      id: true,
      requestedAt: true,
      status: true,
      reasons: true,
      certificateId: true,
      level: { select: { cefr: true } },
      user: { select: { firstName: true, lastName: true, email: true } },
    },
  });
  const ids = rows.flatMap((r) => (r.certificateId ? [r.certificateId] : []));
  const certificates = await db().certificate.findMany({
    where: { id: { in: ids } },
    select: { id: true, number: true },
  });
  const numberOf = new Map(certificates.map((c) => [c.id, c.number]));
  return rows.map((r) => ({
    id: r.id,
    requestedAt: r.requestedAt,
    learner: fullName(r.user),
    email: r.user.email,
    cefr: r.level.cefr,
    status: r.status,
    reasons: r.reasons,
    certificateNumber: r.certificateId ? (numberOf.get(r.certificateId) ?? null) : null,
  }));
}
