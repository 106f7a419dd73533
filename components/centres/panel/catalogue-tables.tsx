// The panel's lists of centres (address, contact, continuation terms and window) and programmes.
import { subjectLabel } from '@/components/centres/finder/labels';
import Link from 'next/link';
import { formatMoney } from '@/lib/format/money';
import { formatDate } from '@/lib/format/time';
import { intlTag } from '@/lib/format/intl-tag';
import { messages } from '@/lib/i18n';
import { ScrollTable } from '@/components/forms/scroll-table';
import { PANEL_CENTRE_GROUPS_PATH, PANEL_CENTRES_PATH, PANEL_PROGRAMMES_PATH } from '@/lib/centres/paths';
import type { panelCentres, panelProgrammes } from '@/lib/centres/panel/queries';
import { currentLocale } from '@/lib/locale/current';

type CentreRow = Awaited<ReturnType<typeof panelCentres>>[number];
type ProgrammeRow = Awaited<ReturnType<typeof panelProgrammes>>[number];

export function continuationText(
  c: Pick<CentreRow, 'continuationKind' | 'continuationValue' | 'continuationFrom' | 'continuationTo'>,
  locale: string,
) {
  const t = messages(locale).centresPanel.centres;
  const value =
    c.continuationKind === 'PERCENT'
      ? t.percent(new Intl.NumberFormat(intlTag(locale)).format(c.continuationValue / 100))
      : t.amount(formatMoney(c.continuationValue, 'PLN', locale));
  const window =
    c.continuationFrom && c.continuationTo
      ? t.window(formatDate(c.continuationFrom, locale), formatDate(c.continuationTo, locale))
      : t.noWindow;
  return { value, window };
}

export async function CentresTable({ rows, manage }: { rows: CentreRow[]; manage: boolean }) {
  const locale = await currentLocale();
  const m = messages(locale).centresPanel;
  const t = m.centres;
  if (rows.length === 0) return <p className="card muted">{t.none}</p>;
  return (
    <ScrollTable label={t.title} cards className="card p-0">
      <table className="table" data-testid="panel-centres">
        <thead>
          <tr>
            <th>{t.colName}</th>
            <th>{t.colAddress}</th>
            <th>{t.colContact}</th>
            <th>{t.colContinuation}</th>
            <th className="sm:text-right">{t.colGroups}</th>
            {manage && <th aria-label={t.edit} />}
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => {
            const k = continuationText(c, locale);
            return (
              <tr key={c.id} className={c.active ? undefined : 'text-slate-500'}>
                <td>
                  <div>
                    <span className="font-medium">{c.name}</span>
                    <span className="block text-xs text-slate-600">
                      {m.kinds[c.kind]}
                      {!c.active && ` · ${t.inactive}`}
                    </span>
                  </div>
                </td>
                <td>
                  <div>
                    {c.street}, <span className="whitespace-nowrap">{`${c.postalCode} ${c.city}`}</span>
                  </div>
                </td>
                <td>
                  <div className="text-sm">
                    {c.phone ?? '—'}
                    {c.email && <span className="block">{c.email}</span>}
                  </div>
                </td>
                <td>
                  <div className="text-sm">
                    {k.value}
                    <span className="block text-xs text-slate-600">{k.window}</span>
                  </div>
                </td>
                <td className="sm:text-right">
                  <div>
                    <Link className="link" href={`${PANEL_CENTRE_GROUPS_PATH}?rok=&centrum=${c.id}`}>
                      {c._count.groups}
                    </Link>
                  </div>
                </td>
                {manage && (
                  <td>
                    <div>
                      <Link className="link" href={`${PANEL_CENTRES_PATH}/${c.id}`}>
                        {t.edit}
                      </Link>
                    </div>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}

export async function ProgrammesTable({ rows, manage }: { rows: ProgrammeRow[]; manage: boolean }) {
  const locale = await currentLocale();
  const t = messages(locale).centresPanel.programmes;
  if (rows.length === 0) return <p className="card muted">{t.none}</p>;
  return (
    <ScrollTable label={t.title} cards className="card p-0">
      <table className="table" data-testid="panel-programmes">
        <thead>
          <tr>
            <th>{t.colName}</th>
            <th>{t.colSubject}</th>
            <th>{t.colAges}</th>
            <th className="sm:text-right">{t.colGroups}</th>
            {manage && <th aria-label={t.edit} />}
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id} className={p.active ? undefined : 'text-slate-500'}>
              <td>
                <div>
                  <span className="font-medium">{p.name}</span>
                  {!p.active && <span className="block text-xs">{t.inactive}</span>}
                </div>
              </td>
              <td>
                <div>{subjectLabel(p.subject, locale)}</div>
              </td>
              <td>
                <div>{t.ages(p.minAge, p.maxAge)}</div>
              </td>
              <td className="sm:text-right">
                <div>{p._count.groups}</div>
              </td>
              {manage && (
                <td>
                  <div>
                    <Link className="link" href={`${PANEL_PROGRAMMES_PATH}/${p.id}`}>
                      {t.edit}
                    </Link>
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
