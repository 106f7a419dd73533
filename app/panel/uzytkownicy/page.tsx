import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { LOOKUP_LIMIT, lookupAccounts } from '@/lib/staff/lookup';
import { PageHeader } from '@/components/forms/page-header';
import { AccountSearch, AccountResults } from '@/components/staff/account-search';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).staff.users.title) };
}
export const dynamic = 'force-dynamic';

// Support's lookup: name, e-mail, login, order number or NIP (lib/staff/lookup.ts).
export default async function UsersPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const locale = await currentLocale();
  await requirePermission('panel:users', '/panel/uzytkownicy');
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  const found = q.trim() ? await lookupAccounts(q) : null;
  const t = messages(locale).staff.users;
  return (
    <div className="space-y-6">
      <PageHeader title={t.title} />
      <AccountSearch q={q} />
      {found === null ? (
        <p className="muted">{t.typeSomething}</p>
      ) : found.length === 0 ? (
        <p className="card">{t.none}</p>
      ) : (
        <AccountResults rows={found} limited={found.length >= LOOKUP_LIMIT} />
      )}
    </div>
  );
}
