// The groups list's filters (school year, centre): a plain GET form, so the list is a shareable link.
import { messages } from '@/lib/i18n';
import { FilterSelect } from '@/components/forms/filter-select';
import { currentLocale } from '@/lib/locale/current';

export async function GroupFilters({
  years,
  centres,
  chosen,
}: {
  years: number[];
  centres: { id: string; name: string }[];
  chosen: { year?: number; centreId?: string };
}) {
  const locale = await currentLocale();
  const m = messages(locale).centresPanel;
  const t = m.groups;
  return (
    <form role="search" className="card flex flex-wrap items-end gap-3">
      <FilterSelect
        name="rok"
        label={t.year}
        any={t.all}
        value={chosen.year ? String(chosen.year) : undefined}
        choices={years.map((y) => ({ code: String(y), label: m.form.yearLabel(y) }))}
      />
      <FilterSelect
        name="centrum"
        label={t.centre}
        any={t.all}
        value={chosen.centreId}
        choices={centres.map((c) => ({ code: c.id, label: c.name }))}
      />
      <button type="submit" className="btn-secondary">
        {t.filter}
      </button>
    </form>
  );
}
