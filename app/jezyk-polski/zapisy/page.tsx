import type { Metadata } from 'next';
import Link from 'next/link';
import { currentUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { placementToken } from '@/lib/language/placement/cookie';
import { languageSignupPage } from '@/lib/language/signup/signup-page';
import { previewDocumentPath } from '@/lib/language/signup/documents';
import { copyLocaleFor } from '@/lib/orders/confirmation/courtesy';
import { PageHeader } from '@/components/forms/page-header';
import { Notice } from '@/components/forms/notice';
import { LanguageSignupForm } from '@/components/language/signup-form';
import { currentLocale } from '@/lib/locale/current';
import { PROGRAMME_LANGUAGE } from '@/lib/language/programme-language';
import { withContent } from '@/components/locale/with-content';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).languageSignup.title };
}
export const dynamic = 'force-dynamic';

// Sign-up without an account (razem B1–B3): the level from ?poziom= or the placement test's cookie.
export default async function LanguageSignupPage({ searchParams }: { searchParams: Promise<{ poziom?: string }> }) {
  const locale = await currentLocale();
  const { poziom } = await searchParams;
  const user = await currentUser();
  const page = await languageSignupPage(
    user,
    typeof poziom === 'string' ? poziom : undefined,
    await placementToken(),
    locale,
  );
  const t = messages(locale).languageSignup;
  const copy = copyLocaleFor(locale);
  if (!page || page.levels.length === 0) return <Notice tone="info">{t.noProgramme}</Notice>;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title={t.title}
        intro={withContent(t.intro, <span lang={PROGRAMME_LANGUAGE}>{page.programme.title}</span>)}
        back={{ href: '/jezyk-polski', label: t.back }}
      />
      {page.placementCefr ? (
        <Notice tone="info">{t.placementUsed(page.placementCefr)}</Notice>
      ) : (
        <p className="text-sm">
          <Link href="/jezyk-polski/test" className="link">
            {t.placementTest}
          </Link>
        </p>
      )}
      {page.cannotSign ? (
        <Notice tone="info">{messages(locale).billingAccount.signup.cannotBuy}</Notice>
      ) : (
        <>
          {page.member && <Notice tone="info">{t.signedIn(page.member.name)}</Notice>}
          <LanguageSignupForm
            levels={page.levels}
            selected={page.selected}
            minAge={page.programme.minAge}
            signedIn={page.member !== null}
            documents={{
              instruction: previewDocumentPath('pouczenie'),
              form: previewDocumentPath('formularz'),
              ...(copy && {
                instructionCopy: previewDocumentPath('pouczenie', copy),
                formCopy: previewDocumentPath('formularz', copy),
              }),
            }}
          />
        </>
      )}
    </div>
  );
}
