import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { currentTime } from '@/lib/clock/clock';
import { messages } from '@/lib/i18n';
import { deletionPage } from '@/lib/privacy/pages';
import { Notice } from '@/components/forms/notice';
import { PageHeader } from '@/components/forms/page-header';
import { DeleteAccountForm } from '@/components/privacy/delete-account-form';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).privacy.delete.title };
}
export const dynamic = 'force-dynamic';

// Art. 17 RODO: the consequences, what stays and why, what stops it now, and the confirmation.
export default async function DeleteAccountPage() {
  const locale = await currentLocale();
  const user = await requirePermission('account:manage-own', '/konto/usun');
  const t = messages(locale).privacy.delete;
  const page = await deletionPage(user.id, currentTime(), locale);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title={t.title}
        intro={t.intro}
        back={{ href: '/konto', label: messages(locale).privacy.myData.back }}
      />
      <section className="card space-y-3" aria-labelledby="skutki-h">
        <h2 id="skutki-h" className="h2">
          {t.consequencesTitle}
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          {t.consequences.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <h2 className="h2">{t.keptTitle}</h2>
        <ul className="list-disc space-y-1 pl-5">
          {t.kept.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <p>
          <Link href="/konto/moje-dane" className="link">
            {messages(locale).privacy.card.myData}
          </Link>
        </p>
      </section>
      {page.isChild ? (
        <Notice tone="info">{t.childAccount}</Notice>
      ) : page.refusals.length ? (
        <Notice tone="warning" as="div" data-testid="deletion-refused">
          <h2 className="h2">{t.refusedTitle}</h2>
          {page.refusals.map((r) => (
            <div key={r.text} className="mt-2">
              <p>{r.text}</p>
              <p className="space-x-3">
                {r.links.map((l) => (
                  <Link key={l.href} href={l.href} className="link">
                    {l.label}
                  </Link>
                ))}
              </p>
            </div>
          ))}
        </Notice>
      ) : (
        <section className="card" aria-label={t.submit}>
          <DeleteAccountForm />
        </section>
      )}
    </div>
  );
}
