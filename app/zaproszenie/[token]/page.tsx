// The page behind a one-time invitation link (e-mail or the QR code on a slip): the person sets
// their own password and is signed in. A used, expired or revoked link says so and offers login.
import type { Metadata } from 'next';
import Link from 'next/link';
import { openInvitation } from '@/lib/groups/people/invitations';
import { messages } from '@/lib/i18n';
import { Notice } from '@/components/forms/notice';
import { InvitationForm } from '@/components/groups/participants-invitation-form';
import { pageParams } from '@/lib/http/ids';
import { currentLocale } from '@/lib/locale/current';

// The token is in the address: never sent onwards in a Referer.
export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).people.invitationTitle, referrer: 'no-referrer' };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const locale = await currentLocale();
  const t = messages(locale).people;
  const { token } = pageParams(await params);
  const invitation = await openInvitation(token);
  return (
    <div className="mx-auto max-w-md">
      <div className="card space-y-4">
        {invitation ? (
          <>
            <h1 className="h1">{t.invitationTitle}</h1>
            <p>{t.invitationLead(invitation.companyName, invitation.courseTitle)}</p>
            <p>
              {t.invitationLogin}:{' '}
              <strong className="font-mono" data-testid="invitation-login">
                {invitation.login ?? invitation.email}
              </strong>
            </p>
            <InvitationForm token={token} />
          </>
        ) : (
          <>
            <h1 className="h1">{t.invitationGone}</h1>
            <Notice tone="error" role="alert" small>
              {t.invitationGoneBody}
            </Notice>
            <Link href="/logowanie" className="btn-primary">
              {messages(locale).nav.login}
            </Link>
          </>
        )}
      </div>
    </div>
  );
}
