// Steps 1 and 2 of the group page: the paid order, then the data-processing agreement (draft,
// its review state, the uploaded scan, and the upload while none is pending or accepted).
import Link from 'next/link';
import type { GroupPageModel } from '@/lib/groups/group-page';
import { messages } from '@/lib/i18n';
import { Notice } from '@/components/forms/notice';
import { StepSection } from '@/components/groups/step-section';
import { UploadForm } from '@/components/groups/upload-form';
import { currentLocale } from '@/lib/locale/current';

export async function PurchaseStep({ page }: { page: GroupPageModel }) {
  const locale = await currentLocale();
  const t = messages(locale).groups;
  return (
    <StepSection id="zakup" n={1} title={t.steps.purchase} className="card space-y-2">
      <p>
        {t.orderWord}{' '}
        <Link className="link" href={`/zamowienia/${page.order.id}`}>
          {page.order.number}
        </Link>{' '}
        {t.purchasePaid(page.order.paidAt, page.seats.bought, page.courseTitle)}
      </p>
    </StepSection>
  );
}

async function AgreementState({ agreement }: { agreement: GroupPageModel['agreement'] }) {
  const locale = await currentLocale();
  const t = messages(locale).groups;
  if (agreement.electronic && agreement.status !== 'REJECTED') {
    const e = agreement.electronic;
    return (
      <Notice tone={agreement.status === 'ACCEPTED' ? 'success' : 'warning'}>
        {t.esign.accepted(e.signerName, e.acceptedAt)}{' '}
        {agreement.status === 'ACCEPTED' ? t.esign.countersigned : t.esign.waitsForCountersign}
      </Notice>
    );
  }
  if (agreement.receivedOn) return <Notice tone="success">{t.post.received(agreement.receivedOn)}</Notice>;
  switch (agreement.status) {
    case 'NONE':
      return <p className="muted">{t.agreementNone}</p>;
    case 'SUBMITTED':
      return <Notice tone="warning">{t.agreementSubmitted}</Notice>;
    case 'ACCEPTED':
      return <Notice tone="success">{t.agreementAccepted}</Notice>;
    default:
      return <Notice tone="error">{t.agreementRejected(agreement.rejectionReason)}</Notice>;
  }
}

export async function AgreementStep({ page }: { page: GroupPageModel }) {
  const locale = await currentLocale();
  const t = messages(locale).groups;
  const { agreement } = page;
  return (
    <StepSection id="umowa" n={2} title={t.steps.agreement}>
      {agreement.canUpload && (
        <div className="space-y-3 rounded-lg border border-brand-100 bg-brand-50 p-4">
          <p>{t.esign.intro}</p>
          <Link href={`/grupy/${page.id}/umowa-akceptacja`} className="btn-primary" data-testid="esign-start">
            {t.esign.start}
          </Link>
          <p className="text-sm text-slate-700">{t.esign.orScan}</p>
        </div>
      )}
      <p>{t.agreementIntro}</p>
      <div className="flex flex-wrap gap-3">
        <a href={`/grupy/${page.id}/umowa-projekt`} className="btn-secondary">
          {t.downloadDraft}
        </a>
        {locale === 'en' && (
          <a
            href={`/grupy/${page.id}/umowa-tlumaczenie`}
            className="btn-secondary"
            data-testid="agreement-courtesy-pdf"
          >
            {t.esign.courtesyDraft}
          </a>
        )}
      </div>
      <div data-testid="agreement-status">
        <AgreementState agreement={agreement} />
        {agreement.electronic && agreement.status !== 'REJECTED' && (
          <p className="mt-2 text-sm">
            <a className="link" href={`/grupy/${page.id}/umowa/${agreement.electronic.id}`} data-testid="esign-pdf">
              {t.esign.downloadAccepted}
            </a>
          </p>
        )}
        {agreement.scan && (
          <p className="mt-2 text-sm">
            <a className="link" href={`/grupy/${page.id}/umowa/${agreement.scan.id}`} target="_blank" rel="noreferrer">
              {t.openScan}: {agreement.scan.fileName}
            </a>{' '}
            ({agreement.scan.uploadedAt})
          </p>
        )}
      </div>
      {agreement.canUpload && (
        <UploadForm
          action={`/grupy/${page.id}/umowa`}
          label={t.scanLabel}
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          submit={t.uploadScan}
          testId="agreement-upload"
        />
      )}
    </StepSection>
  );
}
