import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { messages } from '@/lib/i18n';
import { panelCentres } from '@/lib/centres/panel/queries';
import { PANEL_CENTRE_GROUPS_PATH, PANEL_CENTRES_PATH, PANEL_PROGRAMMES_PATH } from '@/lib/centres/paths';
import { PageHeader } from '@/components/forms/page-header';
import { CentresTable } from '@/components/centres/panel/catalogue-tables';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).centresPanel.centres.title) };
}

// The places of stationary classes: own centres and partner schools with their continuation terms.
export default async function PanelCentresPage() {
  const locale = await currentLocale();
  const user = await requirePermission('panel:centres', PANEL_CENTRES_PATH);
  const manage = can(user.roles, 'centres:manage');
  const t = messages(locale).centresPanel.centres;
  return (
    <div className="space-y-4">
      <PageHeader
        title={t.title}
        intro={t.intro}
        actions={
          <>
            {manage && (
              <Link href={`${PANEL_CENTRES_PATH}/nowe`} className="btn-primary">
                {t.newCentre}
              </Link>
            )}
            <Link href={PANEL_CENTRE_GROUPS_PATH} className="btn-secondary">
              {t.groupsLink}
            </Link>
            <Link href={PANEL_PROGRAMMES_PATH} className="btn-secondary">
              {t.programmesLink}
            </Link>
          </>
        }
      />
      <CentresTable rows={await panelCentres()} manage={manage} />
    </div>
  );
}
