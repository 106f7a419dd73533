// The family page's free trial: its state once started, else what it gives and the button.
import { startTrial } from '@/lib/actions/families/trial';
import { formatDateTime } from '@/lib/format/time';
import { messages } from '@/lib/i18n';
import { ActionForm } from '@/components/forms/action-form';
import { currentLocale } from '@/lib/locale/current';

export async function TrialSection({ trial, now }: { trial: { endsAt: Date } | null; now: Date }) {
  const locale = await currentLocale();
  const t = messages(locale).families;
  return (
    <section aria-labelledby="okres-testowy" className="card space-y-3">
      <h2 id="okres-testowy" className="h2">
        {t.trialTitle}
      </h2>
      {trial ? (
        <>
          <p data-testid="trial-status" className="font-medium">
            {trial.endsAt > now
              ? t.trialActive(formatDateTime(trial.endsAt, locale))
              : t.trialEnded(formatDateTime(trial.endsAt, locale))}
          </p>
          <p className="text-sm text-slate-700">{t.trialOncePerYear}</p>
        </>
      ) : (
        <>
          <p className="text-sm text-slate-700">{t.trialIntro}</p>
          <ActionForm action={startTrial} submit={t.trialStart} buttonClass="btn-secondary" />
        </>
      )}
    </section>
  );
}
