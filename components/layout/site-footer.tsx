import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 py-6 text-sm text-slate-600 sm:px-6">
        <p>© {new Date().getFullYear()} Planeta sp. z o.o.</p>
        <nav aria-label="Informacje" className="flex gap-4">
          <Link href="/regulamin" className="hover:text-brand-700">
            Regulamin
          </Link>
          <Link href="/prywatnosc" className="hover:text-brand-700">
            Polityka prywatności
          </Link>
        </nav>
      </div>
    </footer>
  );
}
