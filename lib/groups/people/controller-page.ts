// What the group page's "Dane uczestników (RODO)" box shows: the export for the group's admins and
// staff, the deletion offered to the company's admins only once § 8 ust. 2 allows it, and the date
// the retention job (lib/groups/retention.ts) would anonymise the participants by itself.
import { db } from '@/lib/db/client';
import { formatDate } from '@/lib/format/time';
import { groupFor, type Viewer } from '@/lib/groups/group-access';
import { ruleOf } from '@/lib/retention/rules/table';
import { automaticDeletionAt, deletionRefusal, type UploadFacts } from '@/lib/groups/rules/controller-rights';
import { managedGroup } from './participant-of';

export type ControllerPanel = {
  groupId: string;
  /** False until a list's accounts exist: the box has nothing to say before that. */
  hasAccounts: boolean;
  /** Participants whose data is still held (not yet anonymised). */
  people: number;
  /** 'offer' only for the company's admins once every report is approved; 'done' when nothing is left. */
  deletion: 'offer' | 'waits' | 'done' | 'staff';
  automaticOn: string | null;
};

export function controllerPanel(input: {
  groupId: string;
  isAdmin: boolean;
  uploads: UploadFacts[];
  people: number;
}): ControllerPanel {
  const refusal = deletionRefusal(input.uploads);
  const at = automaticDeletionAt(input.uploads, ruleOf('groupParticipant').keep!);
  return {
    groupId: input.groupId,
    hasAccounts: refusal?.reason !== 'people.controller.nothingToDelete',
    people: input.people,
    deletion: !input.isAdmin ? 'staff' : refusal ? 'waits' : input.people === 0 ? 'done' : 'offer',
    automaticOn: input.people > 0 && at ? formatDate(at) : null,
  };
}

/** Null when the viewer may not see the group (404 is the page's). */
export async function controllerPanelOf(viewer: Viewer, groupId: string): Promise<ControllerPanel | null> {
  const group = await groupFor(viewer, groupId);
  if (!group) return null;
  const [admin, uploads, people] = await Promise.all([
    managedGroup(viewer, groupId),
    db().participantUpload.findMany({
      where: { groupId },
      select: { status: true, report: { select: { status: true, approvedAt: true } } },
    }),
    db().groupParticipant.count({ where: { groupId, user: { deletedAt: null } } }),
  ]);
  return controllerPanel({ groupId, isAdmin: !!admin, uploads, people });
}
