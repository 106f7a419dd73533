import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { messages } from '@/lib/i18n';
import { panelCentre } from '@/lib/centres/panel/queries';
import { centreFormValues } from '@/lib/centres/panel/forms';
import { PANEL_CENTRES_PATH } from '@/lib/centres/paths';
import { PageHeader } from '@/components/forms/page-header';
import { CentreForm } from '@/components/centres/panel/centre-form';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).centresPanel.centres.title) };
}

export default async function EditCentrePage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await currentLocale();
  const { id } = await params;
  await requirePermission('centres:manage', `${PANEL_CENTRES_PATH}/${id}`);
  const centre = await panelCentre(id);
  if (!centre) notFound();
  const m = messages(locale).centresPanel;
  return (
    <div className="space-y-6">
      <PageHeader title={m.centres.editTitle(centre.name)} back={{ href: PANEL_CENTRES_PATH, label: m.back }} />
      <div className="card">
        <CentreForm values={centreFormValues(centre)} />
      </div>
    </div>
  );
}
