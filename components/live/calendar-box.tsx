'use client';
// The "Kalendarz" box: the private feed address is shown once, right after it is made (only its
// hash is stored), with a copy button; making a new one stops the old address.
import { useState } from 'react';
import { messages } from '@/lib/i18n';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { regenerateCalendarFeed } from '@/lib/actions/live/learner-booking';
import { useLocale } from '@/components/locale/locale-provider';

export function CalendarBox({ createdAt }: { createdAt: string | null }) {
  const locale = useLocale();
  const t = messages(locale).liveLearner;
  const f = useFormAction(regenerateCalendarFeed);
  const [copied, setCopied] = useState(false);
  const url = f.data?.url;
  return (
    <section className="card space-y-3" aria-labelledby="live-calendar" data-testid="live-calendar">
      <h2 id="live-calendar" className="h2">
        {t.calendar}
      </h2>
      <p className="muted text-sm">{t.calendarIntro}</p>
      {url ? (
        <div className="space-y-2">
          <p className="text-sm font-medium">{t.calendarNew}</p>
          <div className="flex flex-col gap-2 sm:flex-row">
            <input
              readOnly
              value={url}
              className="input font-mono text-sm"
              aria-label={t.calendar}
              data-testid="live-calendar-url"
              onFocus={(e) => e.currentTarget.select()}
            />
            <button
              type="button"
              className="btn-secondary"
              onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}
            >
              {copied ? t.copied : t.copy}
            </button>
          </div>
        </div>
      ) : (
        createdAt && <p className="text-sm">{t.calendarCreatedAt(createdAt)}</p>
      )}
      <form action={f.action} noValidate>
        {!f.ok && <FormMessage state={f.state} />}
        <SubmitButton className="btn-secondary">
          {createdAt || url ? t.calendarRegenerate : t.calendarCreate}
        </SubmitButton>
      </form>
    </section>
  );
}
