// The privacy policy from 17 Dec 2026: § "Jak długo przechowujemy dane" is rendered from the
// retention table (lib/retention/rules/table.ts) and adds the records it names that earlier
// versions did not (sessions, unlock and e-mail-change links, scans and lists, the audit log,
// products to come). Earlier versions are frozen: people accepted their text as published.
import type { LegalSection, LegalVersion } from '../document';
import { privacy20261216 } from './v2026-12-16';
import { retentionSection } from './retention-section';

const VERSION = '2026-12-17';

export const privacy20261217: LegalVersion = {
  kind: 'privacy',
  version: VERSION,
  effectiveFrom: VERSION,
  render: (ctx) => {
    const base = privacy20261216.render(ctx);
    const sections = base.sections.map((section): LegalSection => {
      if (section.id === 'okresy') {
        // Any clause after the list in 2026-12-16 stays after it.
        const generated = retentionSection();
        return { ...generated, clauses: [...generated.clauses, ...section.clauses.slice(1)] };
      }
      if (section.id === 'zmiany')
        return {
          ...section,
          clauses: [
            `Każda zmiana jest nową wersją oznaczoną datą; wersja obowiązująca jest pod adresem ${ctx.urls.privacy}, a wcześniejsze pod adresem ${ctx.urls.privacy}/<wersja>. Ta wersja (${VERSION}) została opublikowana 1 grudnia 2026 r. i obowiązuje od 17 grudnia 2026 r.`,
          ],
        };
      return section;
    });
    return {
      ...base,
      version: VERSION,
      effectiveFrom: VERSION,
      changes: [
        ...(base.changes ?? []),
        'Okresy przechowywania (§ „Jak długo przechowujemy dane”) podajemy dla każdego rodzaju danych, także dla sesji logowania, linków do odblokowania konta i zmiany adresu e-mail, list uczestników i skanów umów oraz dziennika decyzji zespołu; dane po upływie okresu usuwamy lub anonimizujemy automatycznie raz na dobę.',
      ],
      sections,
    };
  },
};
