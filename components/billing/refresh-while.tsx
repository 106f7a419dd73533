'use client';
// The pay link's page while PayU is still deciding: it asks the server again every few seconds,
// so the payer who came back from PayU sees "paid" without reloading by hand.
import { useEffect } from 'react';
import { useRouter } from 'next/navigation';

export function RefreshWhile({ active, everyMs = 2500 }: { active: boolean; everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs, router]);
  return null;
}
