import Link from 'next/link';
import { certificateStateOf } from '@/lib/certificates/issue';
import { formatDate, formatLastDay } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import type { CourseAccess } from '@/lib/learning/access';
import { Notice } from '@/components/forms/notice';
import { currentLocale } from '@/lib/locale/current';

type Refused = Exclude<CourseAccess, { kind: 'active' } | { kind: 'no-course' }>;
type ContractRefusal = Extract<CourseAccess, { kind: 'contract' }>['contract'];

/** A course granted by a contract that does not grant access now (lib/billing/access.ts). */
function contractGate(c: ContractRefusal, locale: string): [string, string] {
  const b = messages(locale).billing.access;
  if (c.status === 'SUSPENDED') return [b.suspendedTitle, b.suspendedBody(c.number)];
  if (c.status === 'PENDING') return [b.suspendedTitle, b.pendingBody(c.number)];
  return [b.endedTitle, b.endedBody(c.number)];
}

/** The clear page shown instead of lessons or the test when the learner may not study now. */
export async function AccessGate({ access }: { access: Refused }) {
  const locale = await currentLocale();
  const t = messages(locale).learning;
  const { course } = access;
  const [title, body] =
    access.kind === 'contract'
      ? contractGate(access.contract, locale)
      : access.kind === 'none'
        ? [t.noEnrolmentTitle, t.noEnrolmentBody]
        : access.kind === 'ended'
          ? [t.endedTitle, t.endedBody(formatLastDay(access.enrolment.endsAt!, locale))]
          : access.kind === 'not-started'
            ? [t.notStartedTitle, t.notStartedBody(formatDate(access.enrolment.startsAt, locale))]
            : [t.revokedTitle, t.certificateLifecycle.accessRevokedBody];
  // Looked up only here, off the hot path of every lesson view: an earned certificate stays
  // downloadable unless a refund revoked it, which the page then says.
  const state = access.kind !== 'none' ? await certificateStateOf(access.enrolment.id) : null;
  const certificate = state && !state.revokedAt;
  return (
    <div className="mx-auto max-w-2xl">
      <div className="card space-y-4" role="status">
        <p className="text-sm font-semibold text-brand-700">{course.title}</p>
        <h1 className="h1">{title}</h1>
        <p className="text-slate-700">{body}</p>
        {state?.revokedAt ? (
          <Notice tone="warning" data-testid="certificate-revoked">
            {t.certificateLifecycle.learnerRevoked(formatDate(state.revokedAt, locale))}
          </Notice>
        ) : (
          certificate &&
          access.kind === 'revoked' && <p className="text-slate-700">{t.certificateLifecycle.learnerKept}</p>
        )}
        <div className="flex flex-wrap gap-3">
          {certificate && (
            <a href={`/nauka/${course.slug}/zaswiadczenie`} className="btn-primary">
              {t.downloadCertificate}
            </a>
          )}
          {access.kind === 'contract' && (
            <Link href="/konto/umowy" className="btn-primary">
              {messages(locale).billing.access.myContracts}
            </Link>
          )}
          {access.kind === 'none' && course.published && (
            <Link href={`/kursy/${course.slug}`} className="btn-primary">
              {t.seeInCatalogue}
            </Link>
          )}
          <Link href="/moje-kursy" className="btn-secondary">
            {t.backToMyCourses}
          </Link>
        </div>
      </div>
    </div>
  );
}
