// The account page's signed-in devices: where, from which address, last seen when (Warsaw time),
// each with "wyloguj", and "log out everywhere" below.
import { ActionForm } from '@/components/forms/action-form';
import { ScrollTable } from '@/components/forms/scroll-table';
import { revokeDevice, logoutEverywhere } from '@/lib/actions/auth/sessions';
import type { ActiveSession } from '@/lib/auth/sessions';
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function SessionsList({ sessions }: { sessions: ActiveSession[] }) {
  const locale = await currentLocale();
  const t = messages(locale).auth.sessions;
  return (
    <div className="space-y-4">
      <p className="text-sm">{t.intro}</p>
      <ScrollTable label={t.title} cards>
        <table className="table" data-testid="sessions">
          <caption className="sr-only">{t.title}</caption>
          <thead>
            <tr>
              <th>{t.device}</th>
              <th>{t.ip}</th>
              <th>{t.lastSeen}</th>
              <th>{t.since}</th>
              {/* Named for screen readers, but no visible text: on a phone the card shows no label for the button. */}
              <th aria-label={t.revoke} />
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => {
              const device = s.device ?? t.unknownDevice;
              return (
                <tr key={s.id}>
                  <td>
                    <span>
                      {device}
                      {s.current && <span className="muted"> ({t.current})</span>}
                    </span>
                  </td>
                  <td className="font-mono">{s.ip ?? '—'}</td>
                  <td className="whitespace-nowrap">{formatDateTime(s.lastSeenAt, locale)}</td>
                  <td className="whitespace-nowrap">{formatDateTime(s.createdAt, locale)}</td>
                  <td>
                    <ActionForm
                      action={revokeDevice}
                      hidden={{ sessionId: s.id }}
                      buttonClass="btn-secondary"
                      submit={
                        <>
                          {t.revoke}
                          <span className="sr-only">{t.revokeLabel(device)}</span>
                        </>
                      }
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollTable>
      <ActionForm action={logoutEverywhere} buttonClass="btn-secondary" submit={t.everywhere}>
        <p className="muted text-sm">{t.everywhereHint}</p>
      </ActionForm>
    </div>
  );
}
