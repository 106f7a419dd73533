import type { Metadata } from 'next';
import Link from 'next/link';
import { currentUser } from '@/lib/auth/session';
import { complaintPage } from '@/lib/support/form-pages';
import { ComplaintForm } from '@/components/support/complaint-form';
import { PageHeader } from '@/components/forms/page-header';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).support.complaints.title };
}

// Open to everyone: a complaint needs no account; signed in, it can name one of the buyer's orders.
export default async function ComplaintsPage({ searchParams }: { searchParams: Promise<{ zamowienie?: string }> }) {
  const locale = await currentLocale();
  const t = messages(locale).support.complaints;
  const viewer = await currentUser();
  const p = await complaintPage(viewer, (await searchParams).zamowienie, locale);
  return (
    <section className="card mx-auto max-w-3xl space-y-4" aria-labelledby="reklamacje-h">
      <PageHeader title={<span id="reklamacje-h">{t.title}</span>} intro={t.intro} />
      <p className="text-sm">
        {t.rules}:{' '}
        <Link href="/regulamin#reklamacje" className="link">
          {t.rulesLink}
        </Link>
        {!viewer && (
          <>
            {' · '}
            {t.signInHint}{' '}
            <Link href="/logowanie?next=/reklamacje" className="link">
              {t.signIn}
            </Link>
          </>
        )}
      </p>
      <ComplaintForm name={p.name} email={p.email} orders={p.orders} orderId={p.orderId} />
    </section>
  );
}
