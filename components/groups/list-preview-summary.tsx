// The top card of a list preview: counts, where the notice goes, what was just fixed, what
// stops the list, likely duplicates, and the one next step (confirm, wait, or fix).
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { UploadPreview } from '@/lib/groups/list/uploads';
import type { ListCheck } from '@/lib/groups/list/validate-rows';
import { messages } from '@/lib/i18n';
import { Notice } from '@/components/forms/notice';
import { currentLocale } from '@/lib/locale/current';

export async function ListPreviewSummary({
  groupId,
  preview,
  accepted,
  fixed,
  children,
}: {
  groupId: string;
  preview: UploadPreview & { check: ListCheck };
  accepted: boolean;
  fixed: { row: number | null; outcome?: string };
  children: ReactNode;
}) {
  const locale = await currentLocale();
  const t = messages(locale).groups;
  const { check, upload, warnings, seats } = preview;
  const warned = Object.keys(warnings).length;
  const over = check.rows.length - seats.left;
  return (
    <div className="card space-y-3" data-testid="preview-card">
      <p>{t.previewIntro}</p>
      <p className="font-medium" data-testid="preview-summary">
        {t.rowsSummary(check.rows.length, check.validRows.length)}
      </p>
      {check.notifyEmail && <p>{t.noticeTo(check.notifyEmail)}</p>}
      {fixed.row && fixed.outcome && (
        <Notice tone={fixed.outcome === 'bledy' ? 'warning' : 'success'} role="status" data-testid="fix-outcome">
          {fixed.outcome === 'usunieto'
            ? t.fix.removed(fixed.row)
            : fixed.outcome === 'ok'
              ? t.fix.savedOk(fixed.row)
              : t.fix.stillWrong(fixed.row)}
        </Notice>
      )}
      {check.fileErrors.length > 0 && (
        <Notice tone="error" as="ul" role="alert" className="list-disc space-y-1 pl-8">
          {check.fileErrors.map((e) => (
            <li key={e}>{e}</li>
          ))}
          {over > 0 && <li>{t.fix.tooManyRows(over)}</li>}
        </Notice>
      )}
      {warned > 0 && (
        <Notice tone="warning" data-testid="duplicates-warning">
          {t.duplicates.heading(warned)} {t.duplicates.note}
        </Notice>
      )}
      {check.ok ? (
        accepted ? (
          <Link
            href={`/grupy/${groupId}/lista/${upload.id}/potwierdz`}
            className="btn-primary"
            data-testid="to-confirm"
          >
            {t.fix.next}
          </Link>
        ) : (
          <Notice tone="warning">{t.waitForAcceptance}</Notice>
        )
      ) : (
        <>
          <Notice tone="error">{t.fixAndUpload}</Notice>
          <p>
            <a className="link" href={`/grupy/${groupId}/lista/${upload.id}/bledy.xlsx`} data-testid="marked-xlsx">
              {t.fix.downloadMarked}
            </a>
            <span className="block text-sm text-slate-700">{t.fix.downloadMarkedNote}</span>
          </p>
        </>
      )}
      {Object.keys(preview.logins).length > 0 && <p className="text-sm text-slate-700">{t.fix.loginsNote}</p>}
      {children}
    </div>
  );
}
