import type { Metadata } from 'next';
import { messages } from '@/lib/i18n';
import { pageParams } from '@/lib/http/ids';
import { ConfirmEmailForm } from '@/components/privacy/confirm-email-form';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).privacy.email.confirmTitle };
}

// The new address's link: the token proves the address, so no sign-in is needed; a button confirms.
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const locale = await currentLocale();
  const { token } = pageParams(await params);
  const t = messages(locale).privacy.email;
  return (
    <div className="card mx-auto max-w-lg space-y-4">
      <h1 className="h1">{t.confirmTitle}</h1>
      <p>{t.confirmIntro}</p>
      <ConfirmEmailForm token={token} />
    </div>
  );
}
