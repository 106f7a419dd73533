// The language panel's sections as tabs (links, the current one marked), the messages tab only for
// the office; and the list filters as a plain GET form, so a filtered list is a link staff can share.
import Link from 'next/link';
import { messages } from '@/lib/i18n';
import { LANGUAGE_PANEL_PATH, OFFICE_INBOX_PATH } from '@/lib/language/office/paths';
import { FilterSelect } from '@/components/forms/filter-select';
import { currentLocale } from '@/lib/locale/current';

export const PANEL_SECTIONS = {
  roster: LANGUAGE_PANEL_PATH,
  placements: `${LANGUAGE_PANEL_PATH}/testy-kwalifikacyjne`,
  levelTests: `${LANGUAGE_PANEL_PATH}/testy-poziomow`,
  certificates: `${LANGUAGE_PANEL_PATH}/certyfikaty`,
} as const;
export type PanelSection = keyof typeof PANEL_SECTIONS;

export async function LanguagePanelTabs({ current, office }: { current: PanelSection; office: boolean }) {
  const locale = await currentLocale();
  const t = messages(locale).languageOffice.panel.tabs;
  const links: { key: string; href: string; label: string }[] = [
    ...(Object.keys(PANEL_SECTIONS) as PanelSection[]).map((k) => ({ key: k, href: PANEL_SECTIONS[k], label: t[k] })),
    ...(office ? [{ key: 'messages', href: OFFICE_INBOX_PATH, label: t.messages }] : []),
  ];
  return (
    <nav aria-label={messages(locale).languageOffice.panel.title} className="flex flex-wrap gap-2">
      {links.map((l) => (
        <Link
          key={l.key}
          href={l.href}
          aria-current={l.key === current ? 'page' : undefined}
          className={l.key === current ? 'btn-primary' : 'btn-secondary'}
        >
          {l.label}
        </Link>
      ))}
    </nav>
  );
}

type Choice = { code: string; label: string };

export async function LanguagePanelFilters({
  levels,
  chosen,
  search = true,
  extra,
}: {
  levels: string[];
  chosen: { poziom?: string; q?: string; wynik?: string };
  search?: boolean;
  extra?: { name: string; label: string; choices: Choice[] };
}) {
  const locale = await currentLocale();
  const t = messages(locale).languageOffice.panel.filters;
  return (
    <form role="search" className="card flex flex-wrap items-end gap-3">
      <FilterSelect
        name="poziom"
        label={t.level}
        any={t.anyLevel}
        value={chosen.poziom}
        choices={levels.map((c) => ({ code: c, label: c }))}
      />
      {extra && (
        <FilterSelect name={extra.name} label={extra.label} any={t.any} value={chosen.wynik} choices={extra.choices} />
      )}
      {search && (
        <div>
          <label htmlFor="q" className="label">
            {t.search}
          </label>
          <input id="q" name="q" defaultValue={chosen.q} className="input" />
        </div>
      )}
      <button type="submit" className="btn-secondary">
        {t.filter}
      </button>
    </form>
  );
}
