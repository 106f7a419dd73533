// The finder's filters: a plain GET form, so a search stays a link a parent can share.
import { messages } from '@/lib/i18n';
import { CENTRES_PATH } from '@/lib/centres/paths';
import { FilterSelect } from '@/components/forms/filter-select';
import type { FinderPage } from '@/lib/centres/finder/find';
import { subjectLabel } from './labels';
import { currentLocale } from '@/lib/locale/current';

export async function FinderFilters({ page }: { page: FinderPage }) {
  const locale = await currentLocale();
  const t = messages(locale).centresEnrol.finder;
  const f = page.filters;
  return (
    <form method="get" action={CENTRES_PATH} className="card grid gap-3 sm:grid-cols-5 sm:items-end" role="search">
      <h2 className="sr-only">{t.filters}</h2>
      <FilterSelect
        name="miasto"
        label={t.city}
        any={t.any}
        value={f.city}
        choices={page.cities.map((c) => ({ code: c, label: c }))}
      />
      <FilterSelect
        name="miejsce"
        label={t.place}
        any={t.any}
        value={f.centreId}
        choices={page.centres.map((c) => ({ code: c.id, label: `${c.name} (${c.city})` }))}
      />
      <FilterSelect
        name="przedmiot"
        label={t.subject}
        any={t.any}
        value={f.subject}
        choices={page.subjects.map((s) => ({ code: s, label: subjectLabel(s, locale) }))}
      />
      <div>
        <label htmlFor="wiek" className="label">
          {t.age}
        </label>
        <input
          id="wiek"
          name="wiek"
          type="number"
          min={3}
          max={19}
          inputMode="numeric"
          defaultValue={f.age ?? ''}
          className="input w-full"
        />
      </div>
      <button type="submit" className="btn-primary">
        {t.search}
      </button>
    </form>
  );
}
