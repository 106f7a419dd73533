// The course page's box about the weekly consultations of an on-line course: until when the buyer
// may sign up (and where), or that the window closed and the materials stay.
import Link from 'next/link';
import { formatLastDay } from '@/lib/format/time';
import { LIVE_LEARNER_PATH } from '@/lib/live/paths';
import type { ConsultationWindow } from '@/lib/learning/consultations';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function ConsultationBox({ consultation: w }: { consultation: ConsultationWindow }) {
  const locale = await currentLocale();
  const t = messages(locale).learning.consultations;
  const day = formatLastDay(w.until, locale);
  return (
    <section aria-labelledby="consultations" className="card space-y-3" data-testid="consultation-window">
      <h2 id="consultations" className="h2">
        {t.heading}
      </h2>
      <p className="text-sm text-slate-700">{w.open ? t.until(day) : t.closed(day)}</p>
      <p className="text-sm text-slate-700">{t.materialsForever}</p>
      {w.open && (
        <Link href={LIVE_LEARNER_PATH} className="btn-secondary">
          {t.signUp}
        </Link>
      )}
    </section>
  );
}
