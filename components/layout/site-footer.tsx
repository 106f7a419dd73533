import Link from 'next/link';
import { messages } from '@/lib/i18n';

export function SiteFooter() {
  const m = messages();
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 py-6 text-sm text-slate-600 sm:px-6">
        <p>{m.brand.copyright(new Date().getFullYear())}</p>
        <nav aria-label={m.footer.label} className="flex gap-4">
          <Link href="/regulamin" className="hover:text-brand-700">
            {m.footer.terms}
          </Link>
          <Link href="/prywatnosc" className="hover:text-brand-700">
            {m.footer.privacy}
          </Link>
        </nav>
      </div>
    </footer>
  );
}
