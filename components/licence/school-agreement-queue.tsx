// The schools' data-processing agreements in the panel's queue (A17): the school's name and OKE
// code, the scan, and the same accept / reject forms as a group's (owner 'school').
import { messages } from '@/lib/i18n';
import { formatDateTime } from '@/lib/format/time';
import type { schoolAgreementQueue } from '@/lib/licence/dpa';
import { ActionForm } from '@/components/forms/action-form';
import { RejectAgreementForm } from '@/components/groups/reject-agreement-form';
import { reviewAgreement } from '@/lib/actions/groups/review-agreement';
import { currentLocale } from '@/lib/locale/current';

type Queue = Awaited<ReturnType<typeof schoolAgreementQueue>>;

export async function SchoolAgreementQueue({ queue }: { queue: Queue }) {
  const locale = await currentLocale();
  const { groups: g, panel, plannerSchool } = messages(locale);
  const t = plannerSchool.panel;
  return (
    <section className="space-y-3" aria-labelledby="school-agreements">
      <h2 id="school-agreements" className="h2">
        {t.heading}
      </h2>
      {queue.length === 0 ? (
        <p className="card">{t.empty}</p>
      ) : (
        <ul className="space-y-4">
          {queue.map((a) => (
            <li key={a.id} className="card space-y-3" data-testid="school-agreement">
              <h3 className="text-lg font-semibold">{a.school.name}</h3>
              <p className="text-sm text-slate-700">
                {t.summary(a.school.okeCode, a.school.examYear, formatDateTime(a.uploadedAt, locale))}
              </p>
              <p>
                <a className="link" href={`/panel/umowy/szkola/${a.id}`} target="_blank" rel="noreferrer">
                  {g.openScan}: {a.fileName}
                </a>{' '}
                {panel.agreements.scanSize(Math.ceil(a.size / 1024))}
              </p>
              <div className="grid gap-4 md:grid-cols-[auto_1fr] md:items-end">
                <ActionForm
                  action={reviewAgreement}
                  hidden={{ agreementId: a.id, decision: 'accept', owner: 'school' }}
                  submit={g.accept}
                />
                <RejectAgreementForm agreementId={a.id} owner="school" />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
