'use server';
import { revalidatePath } from 'next/cache';
import { messages } from '@/lib/i18n';
import { perLocale } from '@/lib/i18n/per-locale';
import { z } from 'zod';
import { formAction } from '@/lib/actions/action';
import { approveReport, commentReport } from '@/lib/groups/report/final-reports';

const schema = perLocale((m) =>
  z.object({
    reportId: z.string().min(1),
    comment: z.string().trim().max(2000, m.groups.commentMax).default(''),
    intent: z.enum(['comment', 'approve']),
  }),
);

export const reviewReport = formAction(
  { schema, permission: 'panel:reports' },
  async ({ reportId, comment, intent }, { user, locale }) => {
    if (intent === 'approve') await approveReport(user.id, reportId, comment);
    else await commentReport(reportId, comment, user.id);
    revalidatePath(`/panel/raporty/${reportId}`);
    return {
      ok: true,
      message: intent === 'approve' ? messages(locale).groups.reportApproved : messages(locale).groups.commentSaved,
    };
  },
);
