import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { offerHref } from '@/components/billing/offer-href';
import { currentUser } from '@/lib/auth/session';
import { pageParams } from '@/lib/http/ids';
import { messages } from '@/lib/i18n';
import { signupPage } from '@/lib/billing/signup/signup-page';
import { OFFERS_PATH, offerPath } from '@/lib/billing/queries/paths';
import { PageHeader } from '@/components/forms/page-header';
import { Notice } from '@/components/forms/notice';
import { SchedulePreview } from '@/components/billing/schedule-preview';
import { OfferTerms } from '@/components/billing/offer-terms';
import { SignupForm } from '@/components/billing/signup-form';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).billingAccount.offers.title };
}
export const dynamic = 'force-dynamic';

// One offer: its schedule as signing today would make it, its terms, and the sign-up form.
export default async function SignupPage({ params }: { params: Promise<{ slug: string }> }) {
  const locale = await currentLocale();
  const { slug } = pageParams(await params);
  const user = await currentUser();
  const page = await signupPage(slug, user);
  if (!page) notFound();
  if (page.ownPage) redirect(offerHref(page.ownPage));
  const t = messages(locale).billingAccount.signup;
  const { offer } = page;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title={t.title(offer.title)}
        intro={offer.liveGroup?.title ?? offer.course?.title}
        back={{ href: OFFERS_PATH, label: t.back }}
      />
      <SchedulePreview charges={page.schedule} currency={offer.currency} recurring={page.recurring} />
      <OfferTerms planKind={offer.planKind} policy={page.policy} />
      {page.schedule.length === 0 ? (
        // A class group with no classes left: nothing to sign (signContract refuses it too).
        <Notice tone="info">{messages(locale).billing.errors.noSessions}</Notice>
      ) : page.canSign && user ? (
        <SignupForm
          slug={offer.slug}
          payer={`${user.firstName} ${user.lastName}`}
          childOptions={page.childOptions}
          transfer={page.policy.payMethod === 'TRANSFER'}
          cardChoice={page.policy.payMethod === 'CARD'}
        />
      ) : (
        <Notice tone="info" as="div" className="space-y-2">
          <p>{user ? t.cannotBuy : t.signIn}</p>
          {!user && (
            <Link className="btn-primary inline-block" href={`/logowanie?next=${encodeURIComponent(offerPath(slug))}`}>
              {t.signInLink}
            </Link>
          )}
        </Notice>
      )}
    </div>
  );
}
