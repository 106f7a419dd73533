// The "new terms" banner under the header for a signed-in person whose accepted terms are older
// than the newest published version (lib/legal/acceptance.ts); anonymous visitors get nothing.
// Its facts come with the header's, in the same read (lib/site-header/header-model.ts).
import { headerModel } from '@/lib/site-header/header-model';
import { acceptNewTerms } from '@/lib/actions/legal/accept-terms';
import { TermsBannerForm } from './terms-banner-form';

export async function TermsBanner() {
  const { user, termsBanner } = await headerModel();
  if (!user) return null;
  return <TermsBannerForm banner={termsBanner} action={acceptNewTerms} />;
}
