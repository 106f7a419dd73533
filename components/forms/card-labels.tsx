'use client';
// Gives every cell of the table in the surrounding ScrollTable its column's header text
// (data-label), which the `table-cards` utility prints before the value on a phone.
import { useEffect, useRef } from 'react';

export function CardLabels() {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const table = marker.current?.parentElement?.querySelector('table');
    if (!table) return;
    const label = () => {
      const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
      for (const row of table.querySelectorAll('tbody tr')) {
        [...row.children].forEach((cell, i) => {
          if (cell.getAttribute('data-label') !== heads[i]) cell.setAttribute('data-label', heads[i] ?? '');
        });
      }
    };
    label();
    // Rows change after an action (a corrected row, a removed participant): label the new ones.
    const watch = new MutationObserver(label);
    watch.observe(table, { childList: true, subtree: true });
    return () => watch.disconnect();
  }, []);
  return <span ref={marker} hidden />;
}
