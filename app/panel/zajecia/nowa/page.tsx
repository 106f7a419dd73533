import type { Metadata } from 'next';
import { requirePermission } from '@/lib/auth/session';
import { PageHeader } from '@/components/forms/page-header';
import { GroupForm } from '@/components/live/panel/group-form';
import { groupFormOptions } from '@/lib/live/panel/group-form';
import { LIVE_TEACHER_PATH } from '@/lib/live/paths';
import { messages } from '@/lib/i18n';

export const metadata: Metadata = { title: messages().livePanel.pageTitle(messages().livePanel.newGroup) };

export default async function NewLiveGroup() {
  await requirePermission('live:manage', `${LIVE_TEACHER_PATH}/nowa`);
  const m = messages().livePanel;
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
