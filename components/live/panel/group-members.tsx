// The group's members: add one by e-mail or login (they are booked on every session ahead), remove one.
import { ActionForm } from '@/components/forms/action-form';
import { Field } from '@/components/forms/field';
import { addGroupMember, removeGroupMember } from '@/lib/actions/live/staff-group';
import type { GroupPage } from '@/lib/live/panel/group-page';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function GroupMembers({ group: g }: { group: GroupPage }) {
  const locale = await currentLocale();
  const t = messages(locale).livePanel.group;
  return (
    <section className="card space-y-4">
      <h2 className="h2">
        {t.members} ({g.members.length}/{g.capacity})
      </h2>
      {g.members.length === 0 ? (
        <p className="muted">{t.noMembers}</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {g.members.map((p) => (
            <li key={p.userId} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                {p.name} <span className="muted text-sm">{p.contact}</span>
              </span>
              {!g.cancelledAt && (
                <ActionForm
                  action={removeGroupMember}
                  hidden={{ groupId: g.id, userId: p.userId }}
                  submit={t.remove}
                  className=""
                  buttonClass="btn-secondary text-sm"
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {!g.cancelledAt && (
        <ActionForm action={addGroupMember} hidden={{ groupId: g.id }} submit={t.addMember} className="space-y-3">
          <div className="grid items-end gap-3 sm:grid-cols-2">
            <Field name="person" label={t.memberLogin} autoComplete="off" />
          </div>
        </ActionForm>
      )}
    </section>
  );
}
