import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { PageHeader } from '@/components/forms/page-header';
import { GroupDetails } from '@/components/live/panel/group-details';
import { GroupMembers } from '@/components/live/panel/group-members';
import { GroupSessions } from '@/components/live/panel/group-sessions';
import { ActionForm } from '@/components/forms/action-form';
import { Field } from '@/components/forms/field';
import { cancelWholeGroup } from '@/lib/actions/live/staff-group';
import { groupPage } from '@/lib/live/panel/group-page';
import { orNotFound } from '@/lib/live/panel/not-found';
import { LIVE_TEACHER_PATH } from '@/lib/live/paths';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).livePanel.pageTitle(messages(locale).livePanel.group.details) };
}

export default async function LiveGroupPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await currentLocale();
  const { id } = await params;
  const user = await requirePermission('live:manage', `${LIVE_TEACHER_PATH}/${id}`);
  const g = await orNotFound(groupPage(user, id));
  const m = messages(locale).livePanel;
  return (
    <div className="space-y-6">
      <PageHeader
        title={g.title}
        intro={g.cancelledAt ? m.list.groupCancelled : undefined}
        back={{ href: LIVE_TEACHER_PATH, label: m.back }}
      />
      <GroupDetails group={g} />
      <GroupMembers group={g} />
      <GroupSessions group={g} />
      {!g.cancelledAt && (
        <details className="card">
          <summary className="cursor-pointer font-semibold text-red-700">{m.group.cancelGroup}</summary>
          <ActionForm
            action={cancelWholeGroup}
            hidden={{ groupId: g.id }}
            submit={m.group.cancelGroupConfirm}
            buttonClass="btn-danger mt-3"
          >
            <Field name="reason" label={m.group.cancelReason} required />
          </ActionForm>
        </details>
      )}
      <p>
        <Link href={LIVE_TEACHER_PATH} className="link">
          {m.back}
        </Link>
      </p>
    </div>
  );
}
