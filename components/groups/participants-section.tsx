// "Uczestnicy i dostęp" on the group page, for the group's own admins: invitations (e-mail or
// printed slips), per-person corrections, removal, deactivation and resets, the downloads and the
// group's admins. Every destructive action goes through a confirmation step.
import type { Viewer } from '@/lib/groups/group-access';
import { peoplePage, type PeopleModel, type PersonRow } from '@/lib/groups/people/people-page';
import { messages } from '@/lib/i18n';
import { sendCredentials } from '@/lib/actions/groups/send-credentials';
import { emailParticipants } from '@/lib/actions/groups/email-participants';
import { renameParticipantAction } from '@/lib/actions/groups/rename-participant';
import { deactivateParticipantAction, removeParticipantAction } from '@/lib/actions/groups/remove-participant';
import { resetParticipantAction } from '@/lib/actions/groups/reset-participant';
import { addGroupAdminAction } from '@/lib/actions/groups/add-group-admin';
import { removeGroupAdminAction } from '@/lib/actions/groups/remove-group-admin';
import { ParticipantsConfirm } from '@/components/groups/participants-confirm';
import { ParticipantsFieldsForm } from '@/components/groups/participants-fields-form';
import { currentLocale } from '@/lib/locale/current';

export async function ParticipantsSection({ viewer, groupId }: { viewer: Viewer; groupId: string }) {
  const locale = await currentLocale();
  const model = await peoplePage(viewer, groupId);
  if (!model) return null;
  const t = messages(locale).people;
  return (
    <section id="uczestnicy" className="card space-y-4" aria-labelledby="uczestnicy-h" data-testid="people">
      <h2 id="uczestnicy-h" className="h2">
        {t.heading}
      </h2>
      {model.people.length === 0 ? (
        <p className="muted">{t.noPeople}</p>
      ) : (
        <>
          <p>{t.intro}</p>
          <BulkActions model={model} />
          <ul className="divide-y divide-slate-200" aria-label={t.tableLabel}>
            {model.people.map((p) => (
              <Person key={p.id} p={p} model={model} />
            ))}
          </ul>
        </>
      )}
      <Admins model={model} />
    </section>
  );
}

async function BulkActions({ model }: { model: PeopleModel }) {
  const locale = await currentLocale();
  const t = messages(locale).people;
  const { groupId, counts, key } = model;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        {counts.notLoggedIn > 0 && (
          <form method="post" action={`/grupy/${groupId}/zaproszenia.pdf`}>
            <button type="submit" className="btn-primary">
              {t.slipsAll(counts.notLoggedIn)}
            </button>
          </form>
        )}
        <a href={`/grupy/${groupId}/postepy.xlsx`} className="btn-secondary">
          {t.progressXlsx}
        </a>
        {counts.certificates > 0 && (
          <a href={`/grupy/${groupId}/zaswiadczenia.zip`} className="btn-secondary">
            {t.certificatesZip(counts.certificates)}
          </a>
        )}
      </div>
      {counts.notLoggedIn > 0 && <p className="text-sm text-slate-600">{t.slipsHint}</p>}
      <div className="flex flex-wrap gap-3">
        {counts.toInvite > 0 && (
          <ParticipantsConfirm
            label={t.inviteAll(counts.toInvite)}
            warning={t.inviteAllConfirm(counts.toInvite)}
            yes={t.confirmYes}
            action={emailParticipants}
            hidden={{ groupId, kind: 'invite', key }}
          />
        )}
        {counts.toRemind > 0 && (
          <ParticipantsConfirm
            label={t.remindAll(counts.toRemind)}
            warning={t.remindAllConfirm(counts.toRemind)}
            yes={t.confirmYes}
            action={emailParticipants}
            hidden={{ groupId, kind: 'remind', key }}
          />
        )}
      </div>
    </div>
  );
}

async function Person({ p, model }: { p: PersonRow; model: PeopleModel }) {
  const locale = await currentLocale();
  const t = messages(locale).people;
  const g = messages(locale).groups.columns;
  const hidden = { groupId: model.groupId, participantId: p.id, key: model.key };
  const name = `${p.firstName} ${p.lastName}`;
  return (
    <li className="py-3" data-testid="person">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p className="font-medium">{name}</p>
        <p className="font-mono text-sm break-all">{p.login}</p>
      </div>
      <p className="text-sm text-slate-600">
        {p.state === 'deleted' ? t.controller.deletedState : t.state[p.state]}
        {p.lastLoginAt && ` · ${t.lastLogin(p.lastLoginAt)}`}
        {p.state === 'never' && ` · ${p.email ? (p.invitedAt ? t.invitedAt(p.invitedAt) : t.notInvited) : t.noEmail}`}
        {p.certificateNumber && ` · ${t.certificate(p.certificateNumber)}`}
      </p>
      {(p.state === 'never' || p.state === 'active') && (
        <details className="mt-2">
          <summary className="link cursor-pointer text-sm">{t.actionsFor(name)}</summary>
          <div className="mt-3 space-y-4">
            <div className="flex flex-wrap items-start gap-3">
              {p.email && (
                <ParticipantsConfirm
                  label={t.sendInvitation}
                  warning={t.sendInvitationConfirm(p.email)}
                  yes={t.confirmYes}
                  action={sendCredentials}
                  hidden={hidden}
                />
              )}
              <form method="post" action={`/grupy/${model.groupId}/zaproszenia.pdf`}>
                <input type="hidden" name="participantId" value={p.id} />
                <button type="submit" className="btn-secondary px-3 py-1.5 text-sm">
                  {t.slipOne}
                </button>
              </form>
              <ParticipantsConfirm
                label={t.reset}
                warning={p.email ? t.resetConfirm : t.resetConfirmNoEmail}
                yes={t.resetYes}
                action={resetParticipantAction}
                hidden={hidden}
              />
              {p.state === 'never' ? (
                <ParticipantsConfirm
                  label={t.remove}
                  warning={t.removeConfirm}
                  yes={t.removeYes}
                  action={removeParticipantAction}
                  hidden={hidden}
                  danger
                />
              ) : (
                <ParticipantsConfirm
                  label={t.deactivate}
                  warning={t.deactivateConfirm}
                  yes={t.deactivateYes}
                  action={deactivateParticipantAction}
                  hidden={hidden}
                  danger
                />
              )}
            </div>
            <div>
              <h3 className="text-sm font-semibold">{t.rename}</h3>
              <ParticipantsFieldsForm
                action={renameParticipantAction}
                hidden={{ groupId: model.groupId, participantId: p.id }}
                fields={[
                  { name: 'firstName', label: g.firstName, value: p.firstName },
                  { name: 'lastName', label: g.lastName, value: p.lastName },
                ]}
                hint={p.certificateNumber ? t.renameCertificateHint : t.renameHint}
                submit={t.renameSubmit}
              />
            </div>
          </div>
        </details>
      )}
    </li>
  );
}

async function Admins({ model }: { model: PeopleModel }) {
  const locale = await currentLocale();
  const t = messages(locale).people;
  return (
    <div className="space-y-3 border-t border-slate-200 pt-4">
      <h3 className="text-lg font-semibold">{t.adminsHeading}</h3>
      <ul className="list-disc pl-6" data-testid="group-admins">
        {model.admins.map((a) => (
          <li key={a.userId ?? a.email ?? a.name} className="space-y-1">
            {a.name}
            {a.email && <span className="break-words text-slate-600"> ({a.email})</span>}
            {a.userId && (
              <ParticipantsConfirm
                label={t.adminRemove}
                warning={t.adminRemoveConfirm(a.name)}
                yes={t.adminRemoveYes}
                action={removeGroupAdminAction}
                hidden={{ groupId: model.groupId, userId: a.userId }}
                danger
              />
            )}
          </li>
        ))}
      </ul>
      <details>
        <summary className="btn-secondary cursor-pointer">{t.addAdmin}</summary>
        <div className="mt-3 space-y-2">
          <p className="text-sm text-slate-600">{t.adminsIntro}</p>
          <ParticipantsFieldsForm
            action={addGroupAdminAction}
            hidden={{ groupId: model.groupId }}
            fields={[
              { name: 'email', label: t.adminEmail, type: 'email', autoComplete: 'email' },
              { name: 'firstName', label: t.adminFirstName },
              { name: 'lastName', label: t.adminLastName },
            ]}
            hint={t.adminNamesHint}
            submit={t.addAdmin}
          />
        </div>
      </details>
    </div>
  );
}
