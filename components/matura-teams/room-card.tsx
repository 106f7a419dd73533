// One exam room on the rooms page: its seats, its sessions (seated students, team size, approval,
// warnings, a link to the session's page) and, for those who may work, edit, delete, add a session.
import Link from 'next/link';
import { messages } from '@/lib/i18n';
import { plannerPath } from '@/lib/licence/paths';
import type { RoomRow, RoomsPage } from '@/lib/matura/teams/pages';
import { addRoomSessionAction, deleteRoomAction } from '@/lib/actions/planner/teams-rooms';
import { ActionForm } from '@/components/forms/action-form';
import { ConfirmButton } from '@/components/forms/confirm-button';
import { ScrollTable } from '@/components/forms/scroll-table';
import { RoomForm } from './room-form';
import { currentLocale } from '@/lib/locale/current';

export async function RoomCard({
  schoolId,
  room,
  page,
}: {
  schoolId: string;
  room: RoomRow;
  page: Pick<RoomsPage, 'canWork' | 'sessions'>;
}) {
  const locale = await currentLocale();
  const t = messages(locale).plannerTeams.rooms;
  const free = page.sessions.filter((s) => !room.sessions.some((r) => r.sessionId === s.id));
  const heading = `room-${room.id}`;
  return (
    <section className="card space-y-4" aria-labelledby={heading}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={heading} className="h2">
          {room.name}
        </h2>
        <p className="muted text-sm">
          {t.seatsText(room.seats)}
          {room.computers && ` · ${t.computersShort}`}
        </p>
      </div>
      {room.sessions.length === 0 ? (
        <p className="muted text-sm">{t.noSessions}</p>
      ) : (
        <ScrollTable label={t.sessionsLabel(room.name)} cards>
          <table className="table">
            <thead>
              <tr>
                <th>{t.session}</th>
                <th>{t.seated}</th>
                <th>{t.team}</th>
                <th>{t.state}</th>
                <th>
                  <span className="sr-only">{t.open}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {room.sessions.map((s) => (
                <tr key={s.id}>
                  <td>
                    <span className="block font-medium">{s.label}</span>
                    <span className="block text-xs text-slate-600">{s.startsAt}</span>
                  </td>
                  <td>{s.seated}</td>
                  <td>{messages(locale).plannerTeams.people(s.members)}</td>
                  <td>
                    {s.approved ? t.approved : t.notApproved} · {t.warningsCount(s.warnings)}
                  </td>
                  <td>
                    <Link href={plannerPath(schoolId, 'rooms', `/${room.id}/sesje/${s.id}`)} className="link">
                      {t.open}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {page.canWork && (
        <div className="space-y-3">
          {free.length > 0 ? (
            <ActionForm
              action={addRoomSessionAction}
              hidden={{ schoolId, roomId: room.id }}
              submit={t.addSession}
              buttonClass="btn-secondary"
              className="flex flex-wrap items-end gap-2"
            >
              <div className="min-w-0 flex-1">
                <label htmlFor={`session-${room.id}`} className="label">
                  {t.session}
                </label>
                <select id={`session-${room.id}`} name="sessionId" className="input">
                  {free.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.label}
                    </option>
                  ))}
                </select>
              </div>
            </ActionForm>
          ) : (
            page.sessions.length === 0 && <p className="muted text-sm">{t.noSessionsInYear}</p>
          )}
          <details>
            <summary className="link cursor-pointer text-sm">{t.edit}</summary>
            <div className="mt-3">
              <RoomForm schoolId={schoolId} room={room} />
            </div>
          </details>
          <ConfirmButton
            action={deleteRoomAction}
            hidden={{ schoolId, roomId: room.id }}
            label={t.delete}
            confirmText={t.deleteConfirm(room.name)}
          />
        </div>
      )}
    </section>
  );
}
