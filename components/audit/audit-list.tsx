// /panel/audyt's body: the filters (a GET form, so a filtered view is a link) and one page of
// entries, newest first; on a phone each entry is a card.
import Link from 'next/link';
import type { AuditFilters, AuditRow } from '@/lib/audit/history';
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { ScrollTable } from '@/components/forms/scroll-table';
import { Notice } from '@/components/forms/notice';
import { ChangeLines } from './change-lines';
import { FilterSelect } from '@/components/forms/filter-select';
import { currentLocale } from '@/lib/locale/current';

type Choice = { code: string; label: string };

export type AuditListProps = {
  filters: AuditFilters;
  badDate: boolean;
  choices: { actions: Choice[]; objectTypes: Choice[] };
  result: { rows: AuditRow[]; total: number; page: number; pages: number };
};

function pageHref(filters: AuditFilters, page: number) {
  const q = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => !!e[1]));
  if (page > 1) q.set('strona', String(page));
  return `/panel/audyt${q.size ? `?${q}` : ''}`;
}

export async function AuditList({ filters, badDate, choices, result }: AuditListProps) {
  const locale = await currentLocale();
  const m = messages(locale);
  const t = m.audit;
  const l = t.list;
  return (
    <div className="space-y-4">
      <form role="search" aria-label={l.filters} className="card grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <div>
          <label htmlFor="actor" className="label">
            {l.actor}
          </label>
          <input id="actor" name="actor" defaultValue={filters.actor} className="input w-full" />
        </div>
        <FilterSelect name="action" label={l.action} any={l.any} value={filters.action} choices={choices.actions} />
        <FilterSelect
          name="objectType"
          label={l.objectType}
          any={l.any}
          value={filters.objectType}
          choices={choices.objectTypes}
        />
        <div>
          <label htmlFor="objectId" className="label">
            {l.objectId}
          </label>
          <input id="objectId" name="objectId" defaultValue={filters.objectId} className="input w-full" />
        </div>
        <div>
          <label htmlFor="from" className="label">
            {l.from}
          </label>
          <input
            id="from"
            name="from"
            type="date"
            defaultValue={filters.from}
            className="input w-full"
            aria-invalid={badDate || undefined}
            aria-describedby={badDate ? 'date-error' : undefined}
          />
        </div>
        <div>
          <label htmlFor="to" className="label">
            {l.to}
          </label>
          <input id="to" name="to" type="date" defaultValue={filters.to} className="input w-full" />
        </div>
        {badDate && (
          <p id="date-error" className="field-error sm:col-span-2 lg:col-span-3">
            {l.badDate}
          </p>
        )}
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-3">
          <button type="submit" className="btn btn-primary">
            {l.apply}
          </button>
          <Link href="/panel/audyt" className="link">
            {l.clear}
          </Link>
          <span className="muted ml-auto" data-testid="audit-total">
            {l.total(result.total)}
          </span>
        </div>
      </form>

      {result.rows.length === 0 ? (
        <Notice tone="info">{l.none}</Notice>
      ) : (
        <ScrollTable label={l.tableLabel} cards>
          <table className="table w-full" data-testid="audit-table">
            <thead>
              <tr>
                <th scope="col">{t.at}</th>
                <th scope="col">{t.by}</th>
                <th scope="col">{t.what}</th>
                <th scope="col">{t.object}</th>
                <th scope="col">{t.change}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((r) => (
                <tr key={r.id}>
                  <td className="whitespace-nowrap">{formatDateTime(r.at, locale)}</td>
                  <td>{r.actorName}</td>
                  <td>{r.actionLabel}</td>
                  <td>
                    {r.objectHref ? (
                      <Link className="link" href={r.objectHref}>
                        {r.objectTypeLabel}
                      </Link>
                    ) : (
                      r.objectTypeLabel
                    )}
                  </td>
                  <td>
                    <ChangeLines lines={r.lines} note={r.note} noteLabel={t.note} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}

      {result.pages > 1 && (
        <nav aria-label={l.page(result.page, result.pages)} className="flex items-center justify-between gap-3">
          {result.page > 1 ? (
            <Link className="link" href={pageHref(filters, result.page - 1)}>
              {l.newer}
            </Link>
          ) : (
            <span />
          )}
          <span className="muted">{l.page(result.page, result.pages)}</span>
          {result.page < result.pages ? (
            <Link className="link" href={pageHref(filters, result.page + 1)}>
              {l.older}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </div>
  );
}
