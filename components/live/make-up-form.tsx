'use client';
// The make-up request (odbiór zajęć): the own-group session the learner misses, with whether a
// make-up is still free (and until when), and another group's session with a free seat. With no
// seat anywhere it says so, keeping the outcome of the make-up just booked on screen.
import { messages } from '@/lib/i18n';
import { FormMessage } from '@/components/forms/form-message';
import { SelectField } from '@/components/forms/field';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { bookLiveMakeUp } from '@/lib/actions/live/learner-booking';
import { useLocale } from '@/components/locale/locale-provider';

export type MakeUpOption = { value: string; label: string };

export function MakeUpForm({
  learnerId,
  missed,
  targets,
}: {
  learnerId: string;
  missed: MakeUpOption[];
  targets: MakeUpOption[];
}) {
  const locale = useLocale();
  const t = messages(locale).liveLearner;
  const f = useFormAction(bookLiveMakeUp);
  const pick = { value: '', label: '—' };
  return (
    <form action={f.action} className="space-y-3" noValidate data-testid="make-up-form">
      <FormMessage state={f.state} />
      {targets.length === 0 ? (
        <p className="text-sm">{t.makeUpNone}</p>
      ) : (
        <>
          <input type="hidden" name="learnerId" value={learnerId} />
          <SelectField
            name="missedSessionId"
            label={t.makeUpMissed}
            options={[pick, ...missed]}
            defaultValue={f.value('missedSessionId', '')}
            error={f.error('missedSessionId')}
          />
          <SelectField
            name="sessionId"
            label={t.makeUpTarget}
            options={[pick, ...targets]}
            defaultValue={f.value('sessionId', '')}
            error={f.error('sessionId')}
          />
          <SubmitButton className="btn-primary">{t.makeUpSubmit}</SubmitButton>
        </>
      )}
    </form>
  );
}
