'use client';
// Ordering with "up" and "down" buttons: reachable by keyboard, usable on a phone, announced to
// screen readers. The hidden field stays empty until the learner moves something (the shown
// order is never the correct one, so an untouched question is an unanswered one).
import { useRef, useState, type ReactNode } from 'react';
import { messages } from '@/lib/i18n';
import { answerField } from '@/lib/learning/questions/answers';
import { useLocale } from '@/components/locale/locale-provider';

type Item = { id: string; text: string };

export function OrderingInput({
  questionId,
  items: initial,
  labels,
}: {
  questionId: string;
  items: Item[];
  /** Item texts rendered on the server; announcements use the plain text. */
  labels?: Record<string, ReactNode>;
}) {
  const locale = useLocale();
  const t = messages(locale).quiz;
  const [items, setItems] = useState(initial);
  const [touched, setTouched] = useState(false);
  const [said, setSaid] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());

  function move(from: number, by: -1 | 1) {
    const to = from + by;
    if (to < 0 || to >= items.length) return;
    const next = [...items];
    [next[from], next[to]] = [next[to], next[from]];
    setItems(next);
    setTouched(true);
    setSaid(t.moved(next[to].text, to + 1, next.length));
    // Keep the focus on the same item's button in its new place (or the other one at an end).
    const edge = to === 0 ? 'down' : to === next.length - 1 ? 'up' : by === -1 ? 'up' : 'down';
    requestAnimationFrame(() => buttons.current.get(`${next[to].id}:${edge}`)?.focus());
  }

  return (
    <div className="space-y-2">
      <input
        type="hidden"
        name={answerField.order(questionId)}
        value={touched ? items.map((i) => i.id).join(',') : ''}
      />
      <ol className="space-y-2" data-testid="ordering">
        {items.map((item, i) => (
          <li
            key={item.id}
            className="flex items-center gap-2 rounded-lg border border-slate-200 bg-white px-3 py-2"
            data-testid="ordering-item"
          >
            <span className="w-6 shrink-0 text-sm font-semibold text-slate-500" aria-hidden="true">
              {i + 1}.
            </span>
            <span className="flex-1">{labels?.[item.id] ?? item.text}</span>
            <button
              type="button"
              ref={(el) => {
                buttons.current.set(`${item.id}:up`, el);
              }}
              className="btn-secondary min-h-11 min-w-11 px-2 py-1 text-sm"
              aria-label={t.moveUp(item.text)}
              disabled={i === 0}
              onClick={() => move(i, -1)}
            >
              ↑ <span className="sr-only sm:not-sr-only">{t.up}</span>
            </button>
            <button
              type="button"
              ref={(el) => {
                buttons.current.set(`${item.id}:down`, el);
              }}
              className="btn-secondary min-h-11 min-w-11 px-2 py-1 text-sm"
              aria-label={t.moveDown(item.text)}
              disabled={i === items.length - 1}
              onClick={() => move(i, 1)}
            >
              ↓ <span className="sr-only sm:not-sr-only">{t.down}</span>
            </button>
          </li>
        ))}
      </ol>
      {!touched && <p className="text-sm text-slate-600">{t.orderUntouched}</p>}
      <p className="sr-only" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
