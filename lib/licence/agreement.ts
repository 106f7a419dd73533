// A17: the school is the controller and Planeta the processor from the first import, so the
// planner's import asks here whether the school's data-processing agreement is in force. The
// agreement flow itself is the groups' one (lib/groups/agreement), owned by the school.
import { db } from '@/lib/db/client';

export async function schoolAgreementAccepted(schoolId: string): Promise<boolean> {
  const row = await db().groupAgreement.findFirst({
    where: { schoolId, status: 'ACCEPTED' },
    select: { id: true },
  });
  return row !== null;
}
