// The privacy policy from 16 Dec 2026: the rights are now used by the person themselves in the
// account (lib/privacy): see, correct, download and delete; restriction and objection through a
// form with a 30-day answer; § "Jak długo przechowujemy dane" is rendered from the retention
// table (lib/retention/rules/table.ts) and names every record it keeps. The text of 2026-12-15
// otherwise stands (rendered from it).
import type { Clause, LegalContext, LegalSection, LegalVersion } from '../document';
import { privacy20261215 } from './v2026-12-15';
import { retentionSection } from './retention-section';
import { privacy20261216En } from './v2026-12-16.en';

const VERSION = '2026-12-16';

function rights(ctx: LegalContext): LegalSection {
  const s = ctx.seller;
  const account = `${ctx.urls.site.replace(/\/$/, '')}/konto`;
  return {
    id: 'prawa',
    title: 'Twoje prawa',
    clauses: [
      'Masz prawo dostępu do swoich danych i otrzymania ich kopii (art. 15 RODO), ich sprostowania (art. 16), usunięcia (art. 17), ograniczenia przetwarzania (art. 18) i przeniesienia (art. 20), a wobec przetwarzania na podstawie prawnie uzasadnionego interesu — prawo sprzeciwu ze względu na szczególną sytuację (art. 21).',
      {
        text: `Większość praw wykonasz sam, bez pisania do nas, po zalogowaniu na stronie konta (${account}):`,
        points: [
          '„Moje dane” — lista wszystkiego, co o Tobie przechowujemy: dane konta, zgody i akceptacje z datami i wersjami, zamówienia, faktury, kursy z postępami i wynikami testów, zaświadczenia, wysłane do Ciebie wiadomości, logowania; rodzic widzi też dane swoich dzieci (art. 15 RODO),',
          'poprawienie imienia, nazwiska i telefonu, a adresu e-mail — po potwierdzeniu linkiem wysłanym na nowy adres (art. 16 RODO); rodzic poprawia dane dziecka w panelu rodziny,',
          'kopia danych do pobrania — plik ZIP z danymi w formacie JSON i czytelnym podsumowaniem PDF; link wysyłamy e-mailem, działa 24 godziny i tylko po zalogowaniu (art. 15 ust. 3 i art. 20 RODO); kopia administratora pakietu grupowego nie obejmuje danych uczestników, których administratorem jest firma,',
          'usunięcie konta (art. 17 RODO) — od razu usuwamy lub anonimizujemy dane, których nic nie każe nam przechowywać; zostają zamówienia, płatności i faktury z danymi nabywcy (5 lat od końca roku, art. 112 ustawy o VAT, art. 86 § 1 Ordynacji podatkowej), wydane zaświadczenia (by można było potwierdzić ich autentyczność) i reklamacje, a w nich występujesz jako „Usunięty użytkownik”; usunięcia nie wykonamy, dopóki trwa płatność, zwrot albo opłacony pakiet dziecka, lub gdy jesteś jedynym administratorem aktywnego pakietu grupowego — strona konta poda powód i co zrobić; rodzic usuwa dziecko bez opłaconego pakietu w panelu rodziny,',
          'wniosek o ograniczenie przetwarzania, sprzeciw lub inną sprawę dotyczącą danych — formularz na stronie konta; potwierdzamy jego otrzymanie e-mailem.',
        ],
      } satisfies Clause,
      `Możesz też napisać na adres ${s.email} lub przez formularz: ${ctx.urls.contact}. Odpowiemy bez zbędnej zwłoki, nie później niż w ciągu miesiąca — 30 dni od otrzymania wniosku (art. 12 ust. 3 RODO).`,
      'Masz prawo wnieść skargę do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa, https://uodo.gov.pl), jeśli uważasz, że przetwarzamy Twoje dane niezgodnie z prawem.',
    ],
  };
}

export const privacy20261216: LegalVersion = {
  kind: 'privacy',
  version: VERSION,
  effectiveFrom: VERSION,
  translations: { en: privacy20261216En },
  render: (ctx: LegalContext) => {
    const base = privacy20261215.render(ctx);
    const sections = base.sections.map((section): LegalSection => {
      if (section.id === 'prawa') return rights(ctx);
      if (section.id === 'dzieci')
        return {
          ...section,
          clauses: [
            ...section.clauses.slice(0, -1),
            'Prawa dziecka wykonuje rodzic lub opiekun: w panelu rodziny poprawi dane dziecka i usunie dziecko, które nie ma opłaconego pakietu (z opłaconym — tylko poprawi, bo dane są częścią zamówienia z fakturą); zmianę klasy wynikającą z poprawionego roku urodzenia rozpatruje nasz zespół. Kopia danych rodzica obejmuje dane jego dzieci.',
          ],
        };
      if (section.id === 'okresy') {
        // Rendered from the retention table the daily job runs (lib/retention/rules/table.ts);
        // any clause after the list in 2026-12-15 stays after it.
        const generated = retentionSection();
        return { ...generated, clauses: [...generated.clauses, ...section.clauses.slice(1)] };
      }
      if (section.id === 'zmiany')
        return {
          ...section,
          clauses: [
            `Każda zmiana jest nową wersją oznaczoną datą; wersja obowiązująca jest pod adresem ${ctx.urls.privacy}, a wcześniejsze pod adresem ${ctx.urls.privacy}/<wersja>. Ta wersja (${VERSION}) została opublikowana 1 grudnia 2026 r. i obowiązuje od 16 grudnia 2026 r.`,
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
        'Prawa z RODO wykonasz sam na stronie konta (§ „Twoje prawa”): zobaczysz swoje dane, poprawisz je, pobierzesz ich kopię, usuniesz konto, a wniosek o ograniczenie przetwarzania lub sprzeciw złożysz przez formularz; opisaliśmy, co zostaje po usunięciu konta i dlaczego.',
        'Okresy przechowywania (§ „Jak długo przechowujemy dane”) podajemy dla każdego rodzaju danych, także dla sesji logowania, linków do odblokowania konta i zmiany adresu e-mail, kopii danych, wniosków, list uczestników i skanów umów oraz dziennika decyzji zespołu; dane po upływie okresu usuwamy lub anonimizujemy automatycznie raz na dobę.',
      ],
      sections,
    };
  },
};
