// What the public verification page says about one number: genuine (name, course, date), replaced
// by a corrected certificate (with the date and a link to the one in force), or revoked (the date
// and the reason; the holder's name is no longer shown for a void document).
import Link from 'next/link';
import type { Verification } from '@/lib/certificates/verify';
import { formatDate } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

type Shown = Exclude<Verification, { status: 'malformed' } | { status: 'unknown' }>;

const badge = 'inline-flex items-center gap-2 rounded-full px-3 py-1 text-sm font-semibold';
const term = 'text-sm font-semibold text-slate-600';

export async function VerificationCard({ v }: { v: Shown }) {
  const locale = await currentLocale();
  const t = messages(locale).learning;
  const l = t.certificateLifecycle;
  const p = messages(locale).people;
  const tone =
    v.status === 'genuine' ? 'border-green-300' : v.status === 'revoked' ? 'border-red-300' : 'border-amber-300';
  return (
    <div className={`card space-y-4 ${tone}`} data-testid="verification" data-status={v.status}>
      {v.status === 'genuine' ? (
        <p className={`${badge} bg-green-100 text-green-900`}>✓ {t.genuineTitle}</p>
      ) : v.status === 'revoked' ? (
        <p className={`${badge} bg-red-100 text-red-900`}>✕ {l.revokedTitle}</p>
      ) : (
        <p className={`${badge} bg-amber-100 text-amber-900`}>{p.replacedTitle}</p>
      )}
      <h1 className="h1">{t.verifyTitle}</h1>
      <p className="text-slate-700">
        {v.status === 'genuine'
          ? t.genuineBody
          : v.status === 'revoked'
            ? l.revokedBody(formatDate(v.revokedAt, locale))
            : p.replacedBody(formatDate(v.replacedAt, locale))}
      </p>
      <dl className="grid gap-3 sm:grid-cols-[auto_1fr] sm:gap-x-6">
        <dt className={term}>{t.verifyNumber}</dt>
        <dd className="font-mono break-all">{v.number}</dd>
        {v.status === 'genuine' && (
          <>
            <dt className={term}>{t.holder}</dt>
            <dd className="text-lg font-semibold">{v.fullName}</dd>
          </>
        )}
        {v.status === 'replaced' && (
          <>
            <dt className={term}>{p.replacedBy}</dt>
            <dd>
              <Link href={`/certyfikaty/${v.replacedBy}`} className="link font-mono" data-testid="replaced-by">
                {v.replacedBy}
              </Link>
            </dd>
            <dt className={term}>{l.replacedOn}</dt>
            <dd>{formatDate(v.replacedAt, locale)}</dd>
          </>
        )}
        {v.status === 'revoked' && (
          <>
            <dt className={term}>{l.revokedOn}</dt>
            <dd className="font-semibold text-red-900">{formatDate(v.revokedAt, locale)}</dd>
            {v.reason && (
              <>
                <dt className={term}>{l.reasonLabel}</dt>
                <dd>{l.reason[v.reason] ?? v.reason}</dd>
              </>
            )}
          </>
        )}
        <dt className={term}>{t.course}</dt>
        <dd>{v.courseTitle}</dd>
        <dt className={term}>{t.issuedOn}</dt>
        <dd>{formatDate(v.issuedAt, locale)}</dd>
      </dl>
    </div>
  );
}
