import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { PageHeader } from '@/components/forms/page-header';
import { ActionForm } from '@/components/forms/action-form';
import { CheckboxField, TextAreaField } from '@/components/forms/field';
import { Notice } from '@/components/forms/notice';
import { openRoom, saveAttendance, saveSessionNote } from '@/lib/actions/live/teacher-session';
import { sessionPage } from '@/lib/live/panel/session-page';
import { orNotFound } from '@/lib/live/panel/not-found';
import { formatDateTime } from '@/lib/format/time';
import { LIVE_TEACHER_PATH } from '@/lib/live/paths';
import { messages } from '@/lib/i18n';
import { UploadForm } from '@/components/groups/upload-form';
import { MaterialsList } from '@/components/live-maths/materials-list';
import { MATERIAL_ACCEPT, sessionMaterials } from '@/lib/live-maths/materials';
import { refundsOfSession } from '@/lib/live-maths/cancellation-refunds';
import { formatMoney } from '@/lib/format/money';
import { ScrollTable } from '@/components/forms/scroll-table';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).livePanel.pageTitle(messages(locale).livePanel.session.booked) };
}

export default async function LiveSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await currentLocale();
  const { id } = await params;
  const user = await requirePermission('live:teach', `${LIVE_TEACHER_PATH}/sesje/${id}`);
  const p = await orNotFound(sessionPage(user, id));
  const [materials, refunds] = await Promise.all([
    sessionMaterials(p.session.id),
    can(user.roles, 'live:manage') ? refundsOfSession(p.session.id) : [],
  ]);
  const tm = messages(locale).liveMaths.materials;
  const tr = messages(locale).liveMaths.cancelRefunds;
  const m = messages(locale).livePanel;
  const t = m.session;
  const s = p.session;
  const back =
    s.group && can(user.roles, 'live:manage')
      ? { href: `${LIVE_TEACHER_PATH}/${s.group.id}`, label: s.group.title }
      : { href: LIVE_TEACHER_PATH, label: m.back };
  return (
    <div className="space-y-6">
      <PageHeader
        title={t.title(s.group?.title ?? t.kindSlot, formatDateTime(s.startsAt, locale))}
        intro={m.list.booked(s.taken, s.capacity)}
        back={back}
      />
      <section className="card space-y-3">
        {p.room.state === 'open' && p.teaches && (
          <ActionForm action={openRoom} hidden={{ sessionId: s.id }} submit={t.openRoom} buttonClass="btn-primary" />
        )}
        {p.room.state === 'not-yet' && <p>{t.roomOpensAt(formatDateTime(p.room.opensAt, locale))}</p>}
        {p.room.state === 'ended' && <p className="muted">{messages(locale).live.windows.joinEnded}</p>}
        {p.room.state === 'cancelled' && <Notice tone="error">{t.cancelledAt}</Notice>}
      </section>
      <section className="card space-y-3">
        <h2 className="h2">
          {t.booked} ({p.booked.length})
        </h2>
        {p.booked.length === 0 ? (
          <p className="muted">{t.noBooked}</p>
        ) : p.attendanceOpen ? (
          <ActionForm
            action={saveAttendance}
            hidden={{ sessionId: s.id, booked: p.booked.map((b) => b.userId) }}
            submit={t.saveAttendance}
            buttonClass="btn-secondary"
          >
            <fieldset className="space-y-2">
              <legend className="font-semibold">{t.attendance}</legend>
              {p.booked.map((b) => (
                <CheckboxField
                  key={b.bookingId}
                  name="present"
                  value={b.userId}
                  defaultChecked={b.attended === true}
                  label={`${b.name}${b.kind === 'MAKEUP' ? ` (${t.kindMakeup})` : ''}`}
                />
              ))}
            </fieldset>
          </ActionForm>
        ) : (
          <ol className="list-decimal space-y-1 pl-6">
            {p.booked.map((b) => (
              <li key={b.bookingId}>
                {b.name}
                {b.kind === 'MAKEUP' ? ` (${t.kindMakeup})` : ''}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="card space-y-3">
        <h2 className="h2">
          {t.waiting} ({p.waiting.length})
        </h2>
        {p.waiting.length === 0 ? (
          <p className="muted">{t.noWaiting}</p>
        ) : (
          <ol className="list-decimal space-y-1 pl-6" data-testid="waiting-list">
            {p.waiting.map((w) => (
              <li key={w.bookingId}>{w.name}</li>
            ))}
          </ol>
        )}
      </section>
      {refunds.length > 0 && (
        <section className="card space-y-3" aria-labelledby="zwroty">
          <h2 id="zwroty" className="h2">
            {tr.title}
          </h2>
          <p className="muted text-sm">{tr.intro}</p>
          <ScrollTable label={tr.title}>
            <table className="w-full text-sm" data-testid="cancel-refunds">
              <thead>
                <tr className="text-left">
                  <th scope="col">{tr.contract}</th>
                  <th scope="col">{tr.payer}</th>
                  <th scope="col">{tr.amount}</th>
                  <th scope="col">{tr.status}</th>
                </tr>
              </thead>
              <tbody>
                {refunds.map((r) => (
                  <tr key={r.id}>
                    <td>{r.number}</td>
                    <td>{r.payer}</td>
                    <td>{formatMoney(r.amount, 'PLN', locale)}</td>
                    <td>{tr.states[r.status ?? 'none']}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </section>
      )}
      <section className="card space-y-3" aria-labelledby="materialy">
        <h2 id="materialy" className="h2">
          {tm.title}
        </h2>
        <MaterialsList items={materials} />
        <UploadForm
          action={`${LIVE_TEACHER_PATH}/sesje/${s.id}/materialy`}
          label={tm.upload}
          accept={MATERIAL_ACCEPT}
          submit={tm.submit}
          testId="material-upload"
        />
      </section>
      <section className="card">
        <ActionForm
          action={saveSessionNote}
          hidden={{ sessionId: s.id }}
          submit={t.saveNote}
          buttonClass="btn-secondary"
        >
          <TextAreaField name="note" label={t.note} rows={4} defaultValue={s.note ?? ''} maxLength={2000} />
        </ActionForm>
      </section>
    </div>
  );
}
