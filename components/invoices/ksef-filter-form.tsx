// The filter of /panel/faktury: a KSeF state and a number (GET, so a filtered list is a link).
import { KSEF_STATES, type KsefState } from '@/lib/invoices/ksef/submission/rules/state';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function KsefFilterForm({ state, q }: { state?: KsefState; q?: string }) {
  const locale = await currentLocale();
  const m = messages(locale).ksef;
  const t = m.panel;
  return (
    <form method="get" className="card grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end" role="search">
      <div>
        <label htmlFor="stan" className="label">
          {t.state}
        </label>
        <select id="stan" name="stan" className="input" defaultValue={state ?? ''}>
          <option value="">{t.anyState}</option>
          {KSEF_STATES.map((s) => (
            <option key={s} value={s}>
              {m.states[s]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="q" className="label">
          {t.search}
        </label>
        <input id="q" name="q" className="input" defaultValue={q ?? ''} />
      </div>
      <div className="flex gap-2">
        <button type="submit" className="btn-primary">
          {t.filter}
        </button>
        <a href="/panel/faktury" className="btn-secondary">
          {t.clear}
        </a>
      </div>
    </form>
  );
}
