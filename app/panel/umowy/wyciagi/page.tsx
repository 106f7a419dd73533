import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { formatDateTime } from '@/lib/format/time';
import { parseId } from '@/lib/http/ids';
import { messages } from '@/lib/i18n';
import { statementImport, statementImports } from '@/lib/billing/queries/staff';
import { PANEL_CONTRACTS_PATH, PANEL_STATEMENTS_PATH } from '@/lib/billing/queries/paths';
import { PageHeader } from '@/components/forms/page-header';
import { UploadForm } from '@/components/groups/upload-form';
import { StatementResult } from '@/components/billing/staff/statement-result';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).billingPanel.statements.title) };
}

// MT940 statements: upload one, see what was booked and which lines were left for staff.
export default async function StatementsPage({ searchParams }: { searchParams: Promise<{ wyciag?: string }> }) {
  const locale = await currentLocale();
  const user = await requirePermission('panel:contracts', PANEL_STATEMENTS_PATH);
  const id = parseId((await searchParams).wyciag);
  const [shown, recent] = await Promise.all([id ? statementImport(id) : null, statementImports()]);
  const t = messages(locale).billingPanel.statements;
  return (
    <div className="space-y-6">
      <PageHeader title={t.title} intro={t.intro} back={{ href: PANEL_CONTRACTS_PATH, label: t.back }} />
      {can(user.roles, 'contracts:manage') && (
        <section className="card">
          <UploadForm
            action={`${PANEL_STATEMENTS_PATH}/wczytaj`}
            label={t.file}
            accept=".sta,.txt,.mt940,.940,text/plain"
            submit={t.submit}
            testId="statement-upload"
          />
        </section>
      )}
      {shown && <StatementResult result={shown} />}
      <section className="card space-y-2" aria-labelledby="ostatnie">
        <h2 id="ostatnie" className="h2">
          {t.recent}
        </h2>
        {recent.length === 0 ? (
          <p className="muted">{t.recentNone}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {recent.map((r) => (
              <li key={r.id}>
                <Link className="link" href={`${PANEL_STATEMENTS_PATH}?wyciag=${r.id}`}>
                  {t.recentRow(r.fileName, formatDateTime(r.createdAt, locale))}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
