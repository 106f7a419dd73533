import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { PageHeader } from '@/components/forms/page-header';
import { GroupForm } from '@/components/live/panel/group-form';
import { groupFormOptions } from '@/lib/live/panel/group-form';
import { LIVE_TEACHER_PATH } from '@/lib/live/paths';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).livePanel.pageTitle(messages(locale).livePanel.newGroup) };
}

export default async function NewLiveGroup() {
  const locale = await currentLocale();
  await requirePermission('live:manage', `${LIVE_TEACHER_PATH}/nowa`);
  const m = messages(locale).livePanel;
  const options = await groupFormOptions();
  return (
    <div className="space-y-6">
      <PageHeader title={m.newGroup} back={{ href: LIVE_TEACHER_PATH, label: m.back }} />
      <div className="card">
        <GroupForm teachers={options.teachers} courses={options.courses} />
      </div>
    </div>
  );
}
