// One school on its page (/planer/szkola): the licence's state in words and, while unpaid, what to
// pay — the pro-forma (always downloadable), the transfer's data and PayU as the alternative.
import { messages } from '@/lib/i18n';
import type { SchoolCard as Card } from '@/lib/licence/school-page';
import { LICENCE_ORDER_PATH, plannerPath } from '@/lib/licence/paths';
import { Notice } from '@/components/forms/notice';
import { currentLocale } from '@/lib/locale/current';

export async function SchoolCard({ school }: { school: Card }) {
  const locale = await currentLocale();
  const t = messages(locale).licence.school;
  return (
    <section className="card space-y-3" aria-labelledby={`school-${school.id}`}>
      <h2 id={`school-${school.id}`} className="h2">
        {school.name}
      </h2>
      <p className="muted text-sm">
        {t.okeCode(school.okeCode)} · {school.commission} · {school.role}
      </p>
      <p>
        <span className="font-semibold">{school.licence ?? t.noLicence}</span>
        {school.licence && ` — ${school.levelLabel}`}
      </p>
      {school.unpaid && (
        <Notice tone="warning" as="div">
          <p className="font-semibold">{t.unpaidTitle}</p>
          <p>{school.unpaid.text}</p>
          {school.unpaid.account && <p>{school.unpaid.account}</p>}
          <p>{school.unpaid.title}</p>
        </Notice>
      )}
      {school.unpaid?.links && (
        <div className="flex flex-wrap items-center gap-3">
          <a href={school.unpaid.links.proforma} className="btn-secondary">
            {t.proforma}
          </a>
          <a href={school.unpaid.links.pay} className="btn-primary">
            {t.payu}
          </a>
          <span className="muted text-sm">{t.payuHint}</span>
        </div>
      )}
      {school.level === 'full' && <Notice tone="success">{t.paid}</Notice>}
      {school.licence && school.level !== 'blocked' && (
        <a href={plannerPath(school.id)} className="btn-primary inline-block" data-testid="open-planner">
          {messages(locale).planner.open}
        </a>
      )}
      {school.level === 'read-only' && <Notice tone="info">{t.readOnly}</Notice>}
      {school.level === 'blocked' && (
        <Notice tone="error">
          {t.blocked}{' '}
          <a href={LICENCE_ORDER_PATH} className="link">
            {t.orderAgain}
          </a>
        </Notice>
      )}
    </section>
  );
}
