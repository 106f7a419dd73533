'use client';
import { useActionState } from 'react';
import { FormMessage } from '@/components/forms/form-message';
import { reviewReport } from '@/lib/actions/groups/review-report';
import { messages } from '@/lib/i18n';

export function ReportReviewForm({
  reportId,
  comment,
  approved,
}: {
  reportId: string;
  comment: string;
  approved: boolean;
}) {
  const t = messages().groups;
  const [state, run, pending] = useActionState(reviewReport, null);
  const error = state && !state.ok ? state.fieldErrors?.comment : undefined;
  return (
    <form action={run} noValidate className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="reportId" value={reportId} />
      <label htmlFor="comment" className="label">
        {t.staffComment}
      </label>
      <textarea
        id="comment"
        name="comment"
        rows={3}
        className="input"
        defaultValue={comment}
        disabled={approved}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'comment-error' : undefined}
      />
      {error && (
        <p id="comment-error" className="field-error" role="alert">
          {error}
        </p>
      )}
      {!approved && (
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="intent" value="comment" className="btn-secondary" disabled={pending}>
            {t.saveComment}
          </button>
          <button type="submit" name="intent" value="approve" className="btn-primary" disabled={pending}>
            {t.approve}
          </button>
        </div>
      )}
    </form>
  );
}
