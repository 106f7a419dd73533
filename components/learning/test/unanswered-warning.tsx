'use client';
// The warning before sending a test with unanswered questions: their numbers as links, and the
// choice to go back or send anyway. In the page (not window.confirm), so it can be read and linked.
import { useEffect, useRef } from 'react';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function UnansweredWarning({
  numbers,
  onBack,
  onSend,
}: {
  numbers: number[];
  onBack: () => void;
  onSend: () => void;
}) {
  const locale = useLocale();
  const t = messages(locale).quiz;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      role="alertdialog"
      aria-labelledby="unanswered-heading"
      aria-describedby="unanswered-body"
      className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-4 text-amber-950"
      data-testid="unanswered-warning"
    >
      <h2 id="unanswered-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold">
        {t.unansweredHeading(numbers.length)}
      </h2>
      <p id="unanswered-body">{t.unansweredBody}</p>
      <ul className="flex flex-wrap gap-2">
        {numbers.map((n) => (
          <li key={n}>
            <a href={`#pytanie-${n}`} className="link font-semibold" onClick={onBack}>
              {t.questionLink(n)}
            </a>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-3">
        <button type="button" className="btn-primary" onClick={onBack}>
          {t.backToQuestions}
        </button>
        <button type="button" className="btn-secondary" onClick={onSend}>
          {t.sendAnyway}
        </button>
      </div>
    </section>
  );
}
