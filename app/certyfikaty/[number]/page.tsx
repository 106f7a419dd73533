import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { verifyCertificate } from '@/lib/certificates/verify';
import { formatDate } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';

export const metadata: Metadata = { title: messages().learning.verifyTitle, robots: { index: false } };

/** Public: anyone holding a number may check it. Shows name, course and date — nothing else. */
export default async function VerifyPage({ params }: { params: Promise<{ number: string }> }) {
  const t = messages().learning;
  const raw = decodeURIComponent(pageParams(await params).number);
  const v = await verifyCertificate(raw);
  if (v.status !== 'malformed' && v.number !== raw) redirect(`/certyfikaty/${v.number}`);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      {v.status === 'genuine' ? (
        <div className="card space-y-4 border-green-300" data-testid="verification">
          <p className="inline-flex items-center gap-2 rounded-full bg-green-100 px-3 py-1 text-sm font-semibold text-green-900">
            ✓ {t.genuineTitle}
          </p>
          <h1 className="h1">{t.verifyTitle}</h1>
          <p className="text-slate-700">{t.genuineBody}</p>
          <dl className="grid gap-3 sm:grid-cols-[auto_1fr] sm:gap-x-6">
            <dt className="text-sm font-semibold text-slate-600">{t.verifyNumber}</dt>
            <dd className="font-mono">{v.number}</dd>
            <dt className="text-sm font-semibold text-slate-600">{t.holder}</dt>
            <dd className="text-lg font-semibold">{v.fullName}</dd>
            <dt className="text-sm font-semibold text-slate-600">{t.course}</dt>
            <dd>{v.courseTitle}</dd>
            <dt className="text-sm font-semibold text-slate-600">{t.issuedOn}</dt>
            <dd>{formatDate(v.issuedAt)}</dd>
          </dl>
        </div>
      ) : v.status === 'replaced' ? (
        <div className="card space-y-4 border-amber-300" data-testid="verification">
          <p className="inline-flex items-center gap-2 rounded-full bg-amber-100 px-3 py-1 text-sm font-semibold text-amber-900">
            {messages().people.replacedTitle}
          </p>
          <h1 className="h1">{t.verifyTitle}</h1>
          <p className="text-slate-700">{messages().people.replacedBody(formatDate(v.replacedAt))}</p>
          <dl className="grid gap-3 sm:grid-cols-[auto_1fr] sm:gap-x-6">
            <dt className="text-sm font-semibold text-slate-600">{t.verifyNumber}</dt>
            <dd className="font-mono">{v.number}</dd>
            <dt className="text-sm font-semibold text-slate-600">{messages().people.replacedBy}</dt>
            <dd>
              <Link href={`/certyfikaty/${v.replacedBy}`} className="link font-mono" data-testid="replaced-by">
                {v.replacedBy}
              </Link>
            </dd>
            <dt className="text-sm font-semibold text-slate-600">{t.course}</dt>
            <dd>{v.courseTitle}</dd>
            <dt className="text-sm font-semibold text-slate-600">{t.issuedOn}</dt>
            <dd>{formatDate(v.issuedAt)}</dd>
          </dl>
        </div>
      ) : (
        <div className="card space-y-3 border-red-300" data-testid="verification">
          <h1 className="h1">{t.unknownTitle}</h1>
          <p className="text-slate-700">{v.status === 'malformed' ? t.malformed : t.unknownBody}</p>
        </div>
      )}
      <p>
        <Link href="/certyfikaty" className="link">
          {t.verifyAnother}
        </Link>
      </p>
    </div>
  );
}
