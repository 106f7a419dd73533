import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { can, roleLabel } from '@/lib/auth/permissions';
import { pageParams } from '@/lib/http/ids';
import { messages } from '@/lib/i18n';
import { staffAccountPage } from '@/lib/staff/account-page';
import { objectHistory } from '@/lib/audit/history';
import { AuditHistory } from '@/components/audit/history';
import { PageHeader } from '@/components/forms/page-header';
import { AccountActions } from '@/components/staff/account-actions';
import { AccountDetails } from '@/components/staff/account-details';
import { ConsentsCard, LearningCards, LoginsCard, OrdersCard, PrivacyCard } from '@/components/staff/account-sections';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).staff.users.title) };
}
export const dynamic = 'force-dynamic';

// One account as support sees it (lib/staff/account-page.ts), with its actions.
export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await currentLocale();
  const { id } = pageParams(await params);
  const viewer = await requirePermission('panel:users', `/panel/uzytkownicy/${id}`);
  const [page, history] = await Promise.all([staffAccountPage(id), objectHistory([{ type: 'user', id }], locale)]);
  if (!page) notFound();
  const m = messages(locale).staff.account;
  const u = page.user;
  const staffTarget = can(u.roles, 'panel:view');
  return (
    <div className="space-y-6">
      <PageHeader
        title={m.heading(`${u.firstName} ${u.lastName}`)}
        back={{ href: '/panel/uzytkownicy', label: `← ${m.back}` }}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <AccountDetails user={u} roles={u.roles.map((r) => roleLabel(r, locale)).join(', ')} />
        {can(viewer.roles, 'users:manage') && (
          <AccountActions
            userId={u.id}
            hasEmail={!!u.email}
            blocked={!!u.blockedAt}
            self={u.id === viewer.id}
            mayBlock={!staffTarget || can(viewer.roles, 'panel:staff')}
          />
        )}
      </div>
      <OrdersCard orders={page.orders} />
      <div className="grid gap-6 lg:grid-cols-2">
        <LearningCards page={page} />
        <ConsentsCard consents={page.consents} />
        <PrivacyCard requests={page.privacyRequests} />
      </div>
      <LoginsCard page={page} />
      <AuditHistory rows={history} />
    </div>
  );
}
