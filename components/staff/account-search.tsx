// The lookup's search box (a GET form, so a search is a link support can share) and its results.
import Link from 'next/link';
import { ScrollTable } from '@/components/forms/scroll-table';
import { roleLabel } from '@/lib/auth/permissions';
import { formatDate } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { LOOKUP_LIMIT, type FoundAccount } from '@/lib/staff/lookup';
import { currentLocale } from '@/lib/locale/current';

export async function AccountSearch({ q }: { q: string }) {
  const locale = await currentLocale();
  const t = messages(locale).staff.users;
  return (
    <form method="get" role="search" className="card grid gap-3 sm:grid-cols-[1fr_auto] sm:items-start">
      <div className="min-w-0">
        <label htmlFor="q" className="label">
          {t.searchLabel}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          className="input"
          defaultValue={q}
          aria-describedby="q-hint"
          maxLength={200}
        />
        <p id="q-hint" className="mt-1 text-sm text-slate-600">
          {t.searchHint}
        </p>
      </div>
      <button type="submit" className="btn-primary justify-self-start sm:mt-7">
        {t.search}
      </button>
    </form>
  );
}

export async function AccountResults({ rows, limited }: { rows: FoundAccount[]; limited: boolean }) {
  const locale = await currentLocale();
  const t = messages(locale).staff.users;
  return (
    <section className="space-y-2" aria-labelledby="wyniki">
      <h2 id="wyniki" className="h2">
        {t.results(rows.length)}
      </h2>
      {limited && <p className="muted">{t.limited(LOOKUP_LIMIT)}</p>}
      <ScrollTable label={t.results(rows.length)} cards>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t.colName}</th>
              <th scope="col">{t.colContact}</th>
              <th scope="col">{t.colRoles}</th>
              <th scope="col">{t.colCreated}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid="account-row">
                <td>
                  <Link className="link" href={`/panel/uzytkownicy/${r.id}`}>
                    {r.name}
                  </Link>
                  {r.blocked && <span className="ml-2 text-sm text-red-700">{t.blocked}</span>}
                </td>
                <td className="break-words">{[r.email, r.login].filter(Boolean).join(' · ')}</td>
                <td>{r.roles.map((x) => roleLabel(x, locale)).join(', ')}</td>
                <td>{formatDate(r.createdAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
