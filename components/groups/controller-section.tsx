// "Dane uczestników (RODO)" on the group page: the company, as controller, downloads its
// participants' data and — after the final report — has it deleted (a confirmation step says what
// goes and what stays); it also learns when the platform deletes the data by itself.
import type { Viewer } from '@/lib/groups/group-access';
import { controllerPanelOf } from '@/lib/groups/people/controller-page';
import { messages } from '@/lib/i18n';
import { deleteParticipantsDataAction } from '@/lib/actions/groups/delete-participants-data';
import { ParticipantsConfirm } from '@/components/groups/participants-confirm';
import { currentLocale } from '@/lib/locale/current';

export async function ControllerSection({ viewer, groupId }: { viewer: Viewer; groupId: string }) {
  const locale = await currentLocale();
  const panel = await controllerPanelOf(viewer, groupId);
  if (!panel?.hasAccounts) return null;
  const t = messages(locale).people.controller;
  return (
    <section
      id="dane-uczestnikow"
      className="card space-y-3"
      aria-labelledby="dane-uczestnikow-h"
      data-testid="controller"
    >
      <h2 id="dane-uczestnikow-h" className="h2">
        {t.heading}
      </h2>
      <p>{t.intro}</p>
      <div className="space-y-1">
        <a href={`/grupy/${groupId}/dane-uczestnikow.zip`} className="btn-secondary" download>
          {t.export}
        </a>
        <p className="text-sm text-slate-600">{t.exportHint}</p>
      </div>
      {panel.deletion === 'done' ? (
        <p>{t.done}</p>
      ) : (
        <p className="text-sm text-slate-600">
          {panel.automaticOn ? t.automaticOn(panel.automaticOn) : t.automaticLater}
        </p>
      )}
      {panel.deletion === 'waits' && <p className="text-sm text-slate-600">{t.deleteWaits}</p>}
      {panel.deletion === 'offer' && (
        <ParticipantsConfirm
          label={t.deleteNow}
          warning={t.deleteConfirm(panel.people)}
          yes={t.deleteYes}
          action={deleteParticipantsDataAction}
          hidden={{ groupId }}
          danger
        />
      )}
    </section>
  );
}
