// Step 2 without paper: the representative reads the filled agreement and accepts it electronically.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { agreementReview } from '@/lib/groups/agreement/electronic';
import { messages } from '@/lib/i18n';
import { Notice } from '@/components/forms/notice';
import { PageHeader } from '@/components/forms/page-header';
import { AcceptAgreementForm } from '@/components/groups/accept-agreement-form';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';
import { AgreementText, CourtesyTranslation } from '@/components/groups/agreement-text';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).groups.esign.pageTitle };
}

export default async function AcceptAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await currentLocale();
  const { id } = pageParams(await params);
  const t = messages(locale).groups;
  const user = await requirePermission('groups:manage-own', `/grupy/${id}/umowa-akceptacja`);
  const review = await agreementReview(user, id, locale);
  if (!review) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        back={{ href: `/grupy/${id}#umowa`, label: t.backToGroup }}
        title={t.esign.title}
        intro={
          <>
            {review.companyName} · <span data-course-content>{review.courseTitle}</span>
          </>
        }
      />
      <p className="card">{t.esign.intro}</p>
      {review.translation && (
        <CourtesyTranslation pdfHref={`/grupy/${id}/umowa-tlumaczenie`} paragraphs={review.translation} />
      )}
      <section className="card space-y-3" aria-labelledby="tresc-h">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="tresc-h" className="h2">
            {review.translation ? t.esign.originalHeading : t.esign.textHeading}
          </h2>
          <a href={`/grupy/${id}/umowa-projekt`} className="btn-secondary" target="_blank" rel="noreferrer">
            {t.esign.openPdf}
          </a>
        </div>
        <AgreementText
          paragraphs={review.paragraphs}
          label={t.esign.textHeading}
          testId="agreement-text"
          original={locale !== 'pl'}
        />
        <p className="break-all text-xs text-slate-600">{t.esign.hash(review.textSha256)}</p>
      </section>
      {review.canAccept ? (
        <AcceptAgreementForm
          groupId={id}
          textSha256={review.textSha256}
          companyName={review.companyName}
          signerName={review.signerName}
        />
      ) : (
        <Notice tone="info">{t.esign.notAvailable}</Notice>
      )}
    </div>
  );
}
