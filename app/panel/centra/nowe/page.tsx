import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { PANEL_CENTRES_PATH } from '@/lib/centres/paths';
import { PageHeader } from '@/components/forms/page-header';
import { CentreForm } from '@/components/centres/panel/centre-form';

export const metadata: Metadata = { title: messages().panel.pageTitle(messages().centresPanel.centres.newTitle) };

export default async function NewCentrePage() {
  await requirePermission('centres:manage', `${PANEL_CENTRES_PATH}/nowe`);
  const m = messages().centresPanel;
  return (
    <div className="space-y-6">
      <PageHeader title={m.centres.newTitle} back={{ href: PANEL_CENTRES_PATH, label: m.back }} />
      <div className="card">
        <CentreForm values={{ kind: 'CENTRE', continuationKind: 'PERCENT', continuationValue: '10' }} />
      </div>
    </div>
  );
}
