import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { PANEL_CENTRES_PATH } from '@/lib/centres/paths';
import { PageHeader } from '@/components/forms/page-header';
import { CentreForm } from '@/components/centres/panel/centre-form';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).centresPanel.centres.newTitle) };
}

export default async function NewCentrePage() {
  const locale = await currentLocale();
  await requirePermission('centres:manage', `${PANEL_CENTRES_PATH}/nowe`);
  const m = messages(locale).centresPanel;
  return (
    <div className="space-y-6">
      <PageHeader title={m.centres.newTitle} back={{ href: PANEL_CENTRES_PATH, label: m.back }} />
      <div className="card">
        <CentreForm values={{ kind: 'CENTRE', continuationKind: 'PERCENT', continuationValue: '10' }} />
      </div>
    </div>
  );
}
