// The planner's licence page body (lib/licence/lifecycle/licence-page.ts): the state, the dates,
// the renewal, the director's erase (the school's name typed to confirm) and the complaint form.
import Link from 'next/link';
import { messages } from '@/lib/i18n';
import type { LicencePage } from '@/lib/licence/lifecycle/licence-page';
import { LICENCE_ORDER_PATH } from '@/lib/licence/paths';
import { eraseSchoolDataAction, schoolComplaintAction } from '@/lib/actions/licence/lifecycle';
import { ANSWER_DAYS } from '@/lib/support/rules/answer-deadline';
import { ActionForm } from '@/components/forms/action-form';
import { Field, TextAreaField } from '@/components/forms/field';
import { Notice } from '@/components/forms/notice';
import { currentLocale } from '@/lib/locale/current';

async function PayLinks({ links }: { links: { proforma: string; pay: string } | null }) {
  const locale = await currentLocale();
  const t = messages(locale).plannerLifecycle.page;
  if (!links) return <p className="muted text-sm">{t.payerOnly}</p>;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <a href={links.proforma} className="btn-secondary">
        {t.proforma}
      </a>
      <a href={links.pay} className="btn-primary">
        {t.pay}
      </a>
    </div>
  );
}

export async function LicenceLifecycle({ schoolId, page }: { schoolId: string; page: LicencePage }) {
  const locale = await currentLocale();
  const t = messages(locale).plannerLifecycle;
  const rows: [string, string][] = [
    [t.page.examYear, page.examYear],
    [t.page.period, page.period],
    [t.page.phase, page.phase],
    [t.page.access, page.level],
    [t.page.contract, page.contractNumber],
  ];
  return (
    <div className="space-y-5">
      <section className="card space-y-3" aria-labelledby="licence-state">
        <h2 id="licence-state" className="h2">
          {t.page.state}
        </h2>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          {rows.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="muted">{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
        {page.unpaid && (
          <Notice tone="warning" as="div">
            <p>{page.unpaid.text}</p>
          </Notice>
        )}
        {page.unpaid && <PayLinks links={page.unpaid.links} />}
        {page.erased && <Notice tone="info">{page.erased}</Notice>}
      </section>

      <section className="card space-y-3" aria-labelledby="licence-dates">
        <h2 id="licence-dates" className="h2">
          {t.page.dates}
        </h2>
        {page.renewed ? (
          <p>{t.page.renewedNote}</p>
        ) : (
          <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="muted">{t.page.renewalFrom}</dt>
            <dd>{page.renewalFrom}</dd>
            <dt className="muted">{t.page.readOnlyFrom}</dt>
            <dd>{page.readOnlyFrom}</dd>
            <dt className="muted">{t.page.purgeOn}</dt>
            <dd>{page.purgeOn}</dd>
          </dl>
        )}
        {!page.renewed && (
          <p className="text-sm">
            {t.page.exportsHint}{' '}
            <Link href={page.exportsPath} className="link">
              {t.page.exports}
            </Link>
          </p>
        )}
      </section>

      <section className="card space-y-3" aria-labelledby="licence-renewal">
        <h2 id="licence-renewal" className="h2">
          {t.renewal.title}
        </h2>
        {page.renewal ? (
          <>
            <p>{page.renewal.text}</p>
            <p>{page.renewal.starts}</p>
            {page.renewal.carried && <p>{page.renewal.carried}</p>}
            {page.renewal.links && <PayLinks links={page.renewal.links} />}
          </>
        ) : page.renewalLapsed ? (
          <p>
            {t.renewal.lapsed}{' '}
            <Link href={LICENCE_ORDER_PATH} className="link">
              {t.renewal.order}
            </Link>
          </p>
        ) : (
          <p className="muted">{t.renewal.none}</p>
        )}
      </section>

      {page.canErase && (
        <section className="card space-y-3" aria-labelledby="licence-erase">
          <h2 id="licence-erase" className="h2">
            {t.erase.title}
          </h2>
          <p>{t.erase.intro}</p>
          <ActionForm
            action={eraseSchoolDataAction}
            hidden={{ schoolId }}
            submit={t.erase.submit}
            buttonClass="btn-danger"
          >
            <Field name="confirmName" label={t.erase.name} autoComplete="off" required />
          </ActionForm>
        </section>
      )}

      <section className="card space-y-3" aria-labelledby="licence-complaint">
        <h2 id="licence-complaint" className="h2">
          {t.complaint.title}
        </h2>
        <p>{t.complaint.intro(ANSWER_DAYS)}</p>
        <ActionForm action={schoolComplaintAction} hidden={{ schoolId }} submit={t.complaint.submit}>
          <TextAreaField name="description" label={t.complaint.description} rows={4} required />
          <TextAreaField name="demand" label={t.complaint.demand} rows={2} required />
        </ActionForm>
        {page.complaints.length > 0 && (
          <>
            <h3 className="font-semibold">{t.complaint.list}</h3>
            <ul className="space-y-1 text-sm">
              {page.complaints.map((c) => (
                <li key={c.number}>
                  {c.number} · {c.received} · {c.state}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
