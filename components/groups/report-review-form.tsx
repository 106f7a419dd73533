'use client';
import { TextAreaField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { useFormAction } from '@/components/forms/use-form-action';
import { reviewReport } from '@/lib/actions/groups/review-report';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function ReportReviewForm({
  reportId,
  comment,
  approved,
}: {
  reportId: string;
  comment: string;
  approved: boolean;
}) {
  const locale = useLocale();
  const t = messages(locale).groups;
  const f = useFormAction(reviewReport);
  return (
    <form action={f.action} noValidate className="space-y-3">
      <FormMessage state={f.state} />
      <input type="hidden" name="reportId" value={reportId} />
      <TextAreaField
        id="comment"
        name="comment"
        label={t.staffComment}
        rows={3}
        defaultValue={comment}
        disabled={approved}
        error={f.error('comment')}
      />
      {!approved && (
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="intent" value="comment" className="btn-secondary" disabled={f.pending}>
            {t.saveComment}
          </button>
          <button type="submit" name="intent" value="approve" className="btn-primary" disabled={f.pending}>
            {t.approve}
          </button>
        </div>
      )}
    </form>
  );
}
