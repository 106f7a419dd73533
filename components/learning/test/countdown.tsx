'use client';
// The attempt's remaining time. A convenience only: the server enforces the limit from the stored
// start; at zero the form sends itself so answers given in time still count.
import { useEffect, useRef, useState } from 'react';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

export function Countdown({ deadline, onEnd }: { deadline: string; onEnd: () => void }) {
  const locale = useLocale();
  const t = messages(locale).learning;
  const end = new Date(deadline).getTime();
  const [left, setLeft] = useState<number | null>(null);
  const fired = useRef(false);
  useEffect(() => {
    const tick = () => {
      const ms = Math.max(0, end - Date.now());
      setLeft(ms);
      if (ms === 0 && !fired.current) {
        fired.current = true;
        onEnd();
      }
    };
    tick();
    const h = setInterval(tick, 1000);
    return () => clearInterval(h);
  }, [end, onEnd]);
  if (left === null) return null;
  const s = Math.ceil(left / 1000);
  const text = left === 0 ? t.timeUp : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  return (
    <p
      className="sticky top-0 z-10 rounded-lg border border-amber-300 bg-amber-50 px-4 py-2 text-sm font-semibold text-amber-900"
      role="timer"
      aria-live="off"
    >
      {t.timeLeft}: <span className="tabular-nums">{text}</span>
    </p>
  );
}
