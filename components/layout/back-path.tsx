'use client';
// The hidden field that tells the language switcher which page to return to (the server renders
// the header without knowing the path; the browser knows it, query string included).
import { usePathname, useSearchParams } from 'next/navigation';

export function BackPath() {
  const path = usePathname();
  const query = useSearchParams().toString();
  return <input type="hidden" name="back" value={query ? `${path}?${query}` : path} />;
}
