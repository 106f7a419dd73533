// One room at one session: its seated students (seat the chosen, seat all remaining, take one
// out), its team (appoint as chair or member, remove), every warning in words and the director's
// approval. Forms only when the level allows work; approval only for the director.
import { messages } from '@/lib/i18n';
import type { RoomSessionPage } from '@/lib/matura/teams/pages';
import {
  approveTeamAction,
  removeMemberAction,
  seatAllAction,
  seatStudentsAction,
  setMemberAction,
  unseatAction,
} from '@/lib/actions/planner/teams-room-session';
import { ActionForm } from '@/components/forms/action-form';
import { Notice } from '@/components/forms/notice';
import { ScrollTable } from '@/components/forms/scroll-table';
import { currentLocale } from '@/lib/locale/current';

export async function RoomSessionView({ schoolId, page }: { schoolId: string; page: RoomSessionPage }) {
  const locale = await currentLocale();
  const t = messages(locale).plannerTeams.roomSession;
  const roles = messages(locale).plannerTeams.roles;
  const teachers = messages(locale).plannerTeams.teachers;
  const hidden = { schoolId, roomSessionId: page.id };
  const free = page.room.seats - page.seated.length;
  return (
    <div className="space-y-6">
      <p className="muted">
        {t.when}: {page.startsAt}
      </p>

      <section className="card space-y-3" aria-labelledby="warnings">
        <h2 id="warnings" className="h2">
          {t.warningsHeading}
        </h2>
        {page.warnings.length === 0 ? (
          <Notice tone="success">{t.noWarnings}</Notice>
        ) : (
          <Notice tone="warning" as="div" className="space-y-2">
            <ul className="list-disc space-y-1 pl-5">
              {page.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
            <p className="text-sm">{t.warningsNote}</p>
          </Notice>
        )}
      </section>

      <section className="card space-y-3" aria-labelledby="team">
        <h2 id="team" className="h2">
          {t.teamHeading}
        </h2>
        <p className="text-sm">{t.required(page.requiredMembers)}</p>
        {page.members.length === 0 ? (
          <p className="muted text-sm">{t.noMembers}</p>
        ) : (
          <ScrollTable label={t.teamHeading} cards>
            <table className="table">
              <thead>
                <tr>
                  <th>{t.teacher}</th>
                  <th>{t.role}</th>
                  <th>{teachers.employment}</th>
                  {page.canWork && (
                    <th>
                      <span className="sr-only">{t.remove}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {page.members.map((m) => (
                  <tr key={m.teacherId}>
                    <td className="font-medium">{m.name}</td>
                    <td>{roles[m.role]}</td>
                    <td>{m.external ? teachers.external : teachers.own}</td>
                    {page.canWork && (
                      <td>
                        <ActionForm
                          action={removeMemberAction}
                          hidden={{ ...hidden, teacherId: m.teacherId }}
                          submit={t.remove}
                          buttonClass="btn-secondary"
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
        {page.canWork &&
          (page.teachers.length === 0 ? (
            <p className="muted text-sm">{t.noTeachers}</p>
          ) : (
            <ActionForm
              action={setMemberAction}
              hidden={hidden}
              submit={t.appoint}
              buttonClass="btn-primary"
              className="grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end"
            >
              <div>
                <label htmlFor="member-teacher" className="label">
                  {t.teacher}
                </label>
                <select id="member-teacher" name="teacherId" className="input">
                  {page.teachers.map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.name}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor="member-role" className="label">
                  {t.role}
                </label>
                <select id="member-role" name="role" className="input" defaultValue="member">
                  <option value="chair">{roles.chair}</option>
                  <option value="member">{roles.member}</option>
                </select>
              </div>
            </ActionForm>
          ))}
      </section>

      <section className="card space-y-3" aria-labelledby="approval">
        <h2 id="approval" className="h2">
          {t.approvalHeading}
        </h2>
        <p className="text-sm">{page.approved ? t.approvedBy(page.approved.at, page.approved.by) : t.notApproved}</p>
        {page.canWork &&
          (page.isDirector ? (
            !page.approved && <ActionForm action={approveTeamAction} hidden={hidden} submit={t.approve} />
          ) : (
            <p className="muted text-sm">{t.directorOnly}</p>
          ))}
      </section>

      <section className="card space-y-3" aria-labelledby="seated">
        <h2 id="seated" className="h2">
          {t.seatedHeading}
        </h2>
        <p className="text-sm">
          {t.seatedCount(page.seated.length, page.room.seats)} {t.unseatedCount(page.unseated.length)}
        </p>
        {page.canWork && free > 0 && page.unseated.length > 0 && (
          <div className="space-y-3">
            <ActionForm action={seatAllAction} hidden={hidden} submit={t.seatAll} buttonClass="btn-primary" />
            <details>
              <summary className="link cursor-pointer text-sm">{t.seatChosen}</summary>
              <ActionForm action={seatStudentsAction} hidden={hidden} submit={t.seatChosen} buttonClass="btn-secondary">
                <fieldset className="mt-3 space-y-1">
                  <legend className="label">{t.seatLabel}</legend>
                  <div className="grid gap-1 sm:grid-cols-2">
                    {page.unseated.map((s) => (
                      <label key={s.id} className="flex items-center gap-2 text-sm">
                        <input type="checkbox" name="studentIds" value={s.id} className="h-4 w-4" />
                        {s.name} ({s.className})
                      </label>
                    ))}
                  </div>
                </fieldset>
              </ActionForm>
            </details>
          </div>
        )}
        {page.seated.length > 0 && (
          <ScrollTable label={t.seatedHeading} cards>
            <table className="table">
              <thead>
                <tr>
                  <th>{t.student}</th>
                  <th>{t.className}</th>
                  {page.canWork && (
                    <th>
                      <span className="sr-only">{t.unseat}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {page.seated.map((s) => (
                  <tr key={s.id}>
                    <td>{s.name}</td>
                    <td>{s.className}</td>
                    {page.canWork && (
                      <td>
                        <ActionForm
                          action={unseatAction}
                          hidden={{ ...hidden, studentId: s.id }}
                          submit={t.unseat}
                          buttonClass="btn-secondary"
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </section>
    </div>
  );
}
