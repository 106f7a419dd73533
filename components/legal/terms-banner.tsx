// The "new terms" banner under the header for a signed-in person whose accepted terms are older
// than the newest published version (lib/legal/acceptance.ts); anonymous visitors get nothing.
import { currentUser } from '@/lib/auth/session';
import { termsBannerFor } from '@/lib/legal/acceptance';
import { acceptNewTerms } from '@/lib/actions/legal/accept-terms';
import { currentLocale } from '@/lib/locale/current';
import { TermsBannerForm } from './terms-banner-form';

export async function TermsBanner() {
  const user = await currentUser();
  if (!user) return null;
  const banner = await termsBannerFor(user.id, undefined, await currentLocale());
  return <TermsBannerForm banner={banner} action={acceptNewTerms} />;
}
