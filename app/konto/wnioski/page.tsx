import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { ownRequests } from '@/lib/privacy/requests/queue';
import { PageHeader } from '@/components/forms/page-header';
import { PrivacyRequestForm } from '@/components/privacy/request-forms';
import { RequestTable } from '@/components/privacy/request-table';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).privacy.requests.title };
}
export const dynamic = 'force-dynamic';

// Art. 18 and 21 RODO and anything else that needs a person: the form and one's own requests.
export default async function PrivacyRequestsPage() {
  const locale = await currentLocale();
  const user = await requirePermission('account:manage-own', '/konto/wnioski');
  const t = messages(locale).privacy.requests;
  const mine = await ownRequests(user.id);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t.title} intro={t.intro} back={{ href: '/konto', label: t.back }} />
      <section className="card" aria-label={t.submit}>
        <PrivacyRequestForm />
      </section>
      <section className="space-y-2" aria-labelledby="moje-wnioski">
        <h2 id="moje-wnioski" className="h2">
          {t.mine}
        </h2>
        {mine.length ? <RequestTable label={t.mine} rows={mine} /> : <p className="card">{t.none}</p>}
      </section>
    </div>
  );
}
