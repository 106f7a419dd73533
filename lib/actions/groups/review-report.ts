'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { approveReport, commentReport } from '@/lib/groups/report/final-reports';
import { groups as t } from '@/lib/i18n/pl/groups';

const schema = z.object({
  reportId: z.string().min(1),
  comment: z.string().trim().max(2000, t.commentMax).default(''),
  intent: z.enum(['comment', 'approve']),
});

export const reviewReport = formAction(
  { schema, permission: 'panel:reports' },
  async ({ reportId, comment, intent }, { user }) => {
    if (intent === 'approve') await approveReport(user.id, reportId, comment);
    else await commentReport(reportId, comment);
    revalidatePath(`/panel/raporty/${reportId}`);
    return { ok: true, message: intent === 'approve' ? t.reportApproved : t.commentSaved };
  },
);
