'use client';
import { useEffect, useRef } from 'react';
import { useRouter } from 'next/navigation';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

/** Polls the order's status while it waits for PayU (or its invoice's number) and refreshes the page when it changes. */
export function OrderStatusWatcher({ orderId, active, shown }: { orderId: string; active: boolean; shown: string }) {
  const locale = useLocale();
  const router = useRouter();
  // What the server rendered; any difference means the page is out of date.
  const last = useRef(shown);
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    const tick = async () => {
      try {
        const res = await fetch(`/api/zamowienia/${orderId}/status`, { cache: 'no-store' });
        if (res.ok) {
          const s = (await res.json()) as { order: string; payment: string | null; invoice: string | null };
          const key = `${s.order}/${s.payment}/${s.invoice}`;
          if (last.current !== key) router.refresh();
          last.current = key;
        }
      } finally {
        if (!stopped) timer = setTimeout(tick, 1500);
      }
    };
    let timer = setTimeout(tick, 0);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [orderId, active, router]);
  return (
    <p className="sr-only" aria-live="polite">
      {active ? messages(locale).checkout.orderPage.statusWatched : ''}
    </p>
  );
}
