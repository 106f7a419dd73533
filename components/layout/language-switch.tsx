// Polski / English / Українська in the header: one submit button per language, so it works
// without JavaScript. Every language is offered on every page; English covers the platform as
// its areas are translated, Ukrainian the language school's public and learner pages (elsewhere
// a missing text shows in Polish).
import { Suspense } from 'react';
import { chooseLocale } from '@/lib/actions/locale/choose-locale';
import { LOCALES, type Locale, type Messages } from '@/lib/i18n';
import { BackPath } from './back-path';

// A plain form posts FormData only: the wrapper's previous state is bound to null, its result unused.
const switchTo = chooseLocale.bind(null, null) as unknown as (form: FormData) => Promise<void>;

export function LanguageSwitch({ m, current }: { m: Messages; current: Locale }) {
  return (
    <form action={switchTo} className="flex items-center gap-1 text-sm" aria-label={m.languageSwitch.label}>
      <Suspense>
        <BackPath />
      </Suspense>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === current}
          className={
            l === current
              ? 'rounded px-2 py-1 font-semibold text-brand-700 underline'
              : 'rounded px-2 py-1 text-slate-600 hover:text-brand-700'
          }
        >
          {m.languageSwitch.names[l]}
        </button>
      ))}
    </form>
  );
}
