// Steps 3 and 4 of the group page: the participant list (templates, upload, the lists sent so
// far), then the accounts (credentials downloads once a list is provisioned).
import Link from 'next/link';
import type { GroupPageModel } from '@/lib/groups/group-page';
import { messages } from '@/lib/i18n';
import { Notice } from '@/components/forms/notice';
import { ScrollTable } from '@/components/forms/scroll-table';
import { StepSection } from '@/components/groups/step-section';
import { UploadForm } from '@/components/groups/upload-form';
import { PasteListForm } from '@/components/groups/paste-list-form';
import { currentLocale } from '@/lib/locale/current';

export async function ListStep({ page }: { page: GroupPageModel }) {
  const locale = await currentLocale();
  const t = messages(locale).groups;
  const { list, id } = page;
  return (
    <StepSection id="lista" n={3} title={t.steps.list}>
      <p>{t.listIntro}</p>
      <div className="flex flex-wrap gap-3">
        <a href={`/grupy/${id}/szablon.xlsx`} className="btn-secondary">
          {t.templateXlsx}
        </a>
        <a href={`/grupy/${id}/szablon.csv`} className="btn-secondary">
          {t.templateCsv}
        </a>
      </div>
      {list.canUpload ? (
        <>
          <UploadForm
            action={`/grupy/${id}/lista`}
            label={t.listLabel}
            accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            submit={t.uploadList}
            testId="list-upload"
          />
          <PasteListForm groupId={id} notifyEmail="" />
        </>
      ) : (
        <Notice tone="info">{list.blocked === 'noSeats' ? t.noSeatsLeft : t.listWaitsForAgreement}</Notice>
      )}
      {list.uploads.length > 0 && (
        <ScrollTable label={t.uploadsHeading}>
          <h3 className="font-semibold">{t.uploadsHeading}</h3>
          <table className="table">
            <thead>
              <tr>
                <th>{t.colFile}</th>
                <th>{t.colUploaded}</th>
                <th>{t.colRows}</th>
                <th>{t.colState}</th>
              </tr>
            </thead>
            <tbody>
              {list.uploads.map((u) => (
                <tr key={u.id}>
                  <td>
                    <Link className="link" href={`/grupy/${id}/lista/${u.id}`}>
                      {u.fileName}
                    </Link>
                  </td>
                  <td>{u.createdAt}</td>
                  <td>{u.rows}</td>
                  <td>{u.status === 'PREVIEW_WITH_ERRORS' ? t.previewWithErrors : t.statusOf[u.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </StepSection>
  );
}

export async function AccountsStep({ page }: { page: GroupPageModel }) {
  const locale = await currentLocale();
  const t = messages(locale).groups;
  return (
    <StepSection id="konta" n={4} title={t.steps.accounts}>
      {!page.accounts.provisioned ? (
        <p className="muted">{page.accounts.waitsForAcceptance ? t.waitForAcceptance : t.accountsAfterConfirm}</p>
      ) : (
        <>
          <p>{t.credentialsNote}</p>
          <div className="flex flex-wrap gap-3">
            <a href={`/grupy/${page.id}/dane-logowania.xlsx`} className="btn-primary">
              {t.credentialsXlsx}
            </a>
            <a href={`/grupy/${page.id}/dane-logowania.pdf`} className="btn-secondary">
              {t.credentialsPdf}
            </a>
          </div>
        </>
      )}
    </StepSection>
  );
}
