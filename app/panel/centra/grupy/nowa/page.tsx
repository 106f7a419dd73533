import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { currentTime } from '@/lib/clock/clock';
import { warsawToday } from '@/lib/billing/rules/days';
import { messages } from '@/lib/i18n';
import { schoolYearOf } from '@/lib/centres/groups/classes';
import { groupFormChoices } from '@/lib/centres/panel/queries';
import { PANEL_CENTRE_GROUPS_PATH } from '@/lib/centres/paths';
import { PageHeader } from '@/components/forms/page-header';
import { CentreGroupForm } from '@/components/centres/panel/group-form';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).panel.pageTitle(messages(locale).centresPanel.groups.newTitle) };
}

export default async function NewCentreGroupPage() {
  const locale = await currentLocale();
  await requirePermission('centres:manage', `${PANEL_CENTRE_GROUPS_PATH}/nowa`);
  const year = schoolYearOf(warsawToday(currentTime())) + 1;
  const choices = { ...(await groupFormChoices()), years: [year - 1, year, year + 1] };
  const m = messages(locale).centresPanel;
  const defaults = {
    schoolYear: String(year),
    weekday: '1',
    startTime: '17:00',
    durationMinutes: '90',
    breakMinutes: '10',
    firstDay: `${year}-09-01`,
    classes: '32',
    capacity: '12',
  };
  return (
    <div className="space-y-6">
      <PageHeader title={m.groups.newTitle} back={{ href: PANEL_CENTRE_GROUPS_PATH, label: m.groups.title }} />
      <div className="card">
        <CentreGroupForm choices={choices} defaults={defaults} />
      </div>
    </div>
  );
}
