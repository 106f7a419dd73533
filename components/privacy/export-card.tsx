// "Moje dane": the copy to download — the state of the latest one and the button for a new one.
import { ActionForm } from '@/components/forms/action-form';
import { Notice } from '@/components/forms/notice';
import { requestExport } from '@/lib/actions/privacy/export';
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';
import { withContents } from '@/components/locale/with-content';
import { EXPORT_JSON, EXPORT_PDF } from '@/lib/privacy/export/archive';

type Latest = {
  status: 'PENDING' | 'READY' | 'FAILED';
  requestedAt: Date;
  readyAt: Date | null;
  expiresAt: Date | null;
};

export async function ExportCard({ latest, now }: { latest: Latest | null; now: Date }) {
  const locale = await currentLocale();
  const t = messages(locale).privacy.export;
  const state = !latest
    ? null
    : latest.status === 'PENDING'
      ? { tone: 'info' as const, text: t.pending(formatDateTime(latest.requestedAt, locale)) }
      : latest.status === 'FAILED'
        ? { tone: 'error' as const, text: t.failed }
        : latest.expiresAt && latest.expiresAt > now
          ? {
              tone: 'success' as const,
              text: t.ready(formatDateTime(latest.readyAt!, locale), formatDateTime(latest.expiresAt, locale)),
            }
          : { tone: 'info' as const, text: t.expired(formatDateTime(latest.readyAt ?? latest.requestedAt, locale)) };
  return (
    <section className="card space-y-3" aria-labelledby="kopia-h">
      <h2 id="kopia-h" className="h2">
        {t.title}
      </h2>
      <p className="text-sm">
        {/* The files' names are Polish words ("data", "summary"), as the archive names them. */}
        {withContents(t.intro, [
          <span lang="pl" key="json">
            {EXPORT_JSON}
          </span>,
          <span lang="pl" key="pdf">
            {EXPORT_PDF}
          </span>,
        ])}
      </p>
      {state && (
        <Notice tone={state.tone} small data-testid="export-state">
          {state.text}
        </Notice>
      )}
      <ActionForm action={requestExport} submit={t.button} />
    </section>
  );
}
