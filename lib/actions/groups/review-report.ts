'use server';
import { revalidatePath } from 'next/cache';
import { messages } from '@/lib/i18n';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { approveReport, commentReport } from '@/lib/groups/report/final-reports';

const schema = z.object({
  reportId: z.string().min(1),
  comment: z.string().trim().max(2000, messages().groups.commentMax).default(''),
  intent: z.enum(['comment', 'approve']),
});

export const reviewReport = formAction(
  { schema, permission: 'panel:reports' },
  async ({ reportId, comment, intent }, { user }) => {
    if (intent === 'approve') await approveReport(user.id, reportId, comment);
    else await commentReport(reportId, comment, user.id);
    revalidatePath(`/panel/raporty/${reportId}`);
    return {
      ok: true,
      message: intent === 'approve' ? messages().groups.reportApproved : messages().groups.commentSaved,
    };
  },
);
