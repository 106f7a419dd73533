import { q, type DemoCourseContent } from './types';

export const rodo: DemoCourseContent = {
  slug: 'rodo-w-praktyce',
  modules: [
    {
      title: 'Zasady i podstawy przetwarzania',
      lessons: [
        {
          title: 'Czym są dane osobowe',
          minutes: 10,
          body: `# Dane osobowe w firmie

**Dane osobowe** to wszelkie informacje o zidentyfikowanej lub możliwej do zidentyfikowania osobie fizycznej: imię i nazwisko, PESEL, adres e-mail *jan.kowalski@firma.pl*, numer telefonu, a nawet adres IP.

## Szczególne kategorie danych

Art. 9 RODO wymienia dane wymagające szczególnej ochrony, m.in.:

- dane o zdrowiu,
- dane biometryczne i genetyczne,
- poglądy polityczne i przekonania religijne.

## Zasady przetwarzania (art. 5)

1. zgodność z prawem, rzetelność i przejrzystość,
2. ograniczenie celu,
3. **minimalizacja danych** — tylko tyle, ile potrzeba,
4. prawidłowość, ograniczenie przechowywania,
5. integralność i poufność, rozliczalność.`,
        },
        {
          title: 'Podstawy prawne przetwarzania',
          minutes: 12,
          body: `# Kiedy wolno przetwarzać dane?

Art. 6 RODO wymienia sześć podstaw. Najczęstsze w firmie:

- **umowa** — dane klienta potrzebne do realizacji zamówienia,
- **obowiązek prawny** — np. przechowywanie faktur,
- **prawnie uzasadniony interes** — np. dochodzenie roszczeń,
- **zgoda** — np. newsletter marketingowy.

> Zgoda musi być dobrowolna, konkretna, świadoma i jednoznaczna. Można ją wycofać w każdej chwili — tak samo łatwo, jak ją wyrażono.`,
        },
      ],
    },
    {
      title: 'Powierzenie i naruszenia',
      lessons: [
        {
          title: 'Umowa powierzenia',
          minutes: 10,
          body: `# Umowa powierzenia przetwarzania

Gdy firma zleca przetwarzanie danych innemu podmiotowi (biuro rachunkowe, dostawca chmury, firma kurierska), zawiera z nim **umowę powierzenia** (art. 28 RODO).

## Co musi zawierać umowa?

- przedmiot i czas trwania przetwarzania,
- charakter i cel przetwarzania,
- rodzaj danych i kategorie osób,
- obowiązki i prawa administratora.

Podmiot przetwarzający działa **wyłącznie na udokumentowane polecenie** administratora.`,
        },
        {
          title: 'Naruszenie ochrony danych',
          minutes: 12,
          body: `# Co zrobić przy naruszeniu?

Naruszeniem jest np. zgubiony laptop z danymi klientów, e-mail wysłany do złego adresata albo atak ransomware.

## Terminy

1. Zgłoś incydent wewnętrznie **natychmiast** — zwykle do inspektora ochrony danych (IOD).
2. Administrator zgłasza naruszenie do **Prezesa UODO w ciągu 72 godzin** od jego stwierdzenia, chyba że ryzyko dla osób jest mało prawdopodobne.
3. Przy wysokim ryzyku administrator zawiadamia także osoby, których dane dotyczą.

Każde naruszenie wpisuje się do **wewnętrznego rejestru naruszeń**.`,
        },
      ],
    },
  ],
  questions: [
    q(
      'SINGLE',
      'Który z poniższych przykładów jest daną osobową?',
      '*Służbowy adres e-mail jan.kowalski@firma.pl',
      'Średnia temperatura w Polsce',
      'Nazwa spółki akcyjnej',
      'Kurs euro z wczoraj',
    ),
    q(
      'MULTIPLE',
      'Które dane należą do szczególnych kategorii danych (art. 9 RODO)?',
      '*Dane o zdrowiu',
      '*Dane biometryczne',
      'Adres zamieszkania',
      '*Przekonania religijne',
    ),
    q(
      'SINGLE',
      'Co oznacza zasada minimalizacji danych?',
      '*Zbieramy tylko dane niezbędne do celu',
      'Przechowujemy dane jak najkrócej, ale bez celu',
      'Szyfrujemy wszystkie dane',
      'Zbieramy dane tylko od pełnoletnich',
    ),
    q(
      'SINGLE',
      'W jakim terminie administrator zgłasza naruszenie do Prezesa UODO?',
      '24 godzin',
      '*72 godzin',
      '7 dni',
      '30 dni',
    ),
    q(
      'SINGLE',
      'Na jakiej podstawie sklep przetwarza adres klienta do wysyłki zamówienia?',
      'Zgody',
      '*Umowy',
      'Interesu publicznego',
      'Żywotnego interesu',
    ),
    q(
      'MULTIPLE',
      'Jaka musi być zgoda na przetwarzanie danych?',
      '*Dobrowolna',
      '*Jednoznaczna',
      'Bezterminowa i nieodwołalna',
      '*Świadoma',
    ),
    q(
      'SINGLE',
      'Kiedy zawiera się umowę powierzenia przetwarzania danych?',
      'Przy każdej umowie z klientem',
      '*Gdy inny podmiot przetwarza dane w imieniu administratora',
      'Tylko przy przekazaniu danych za granicę',
      'Nigdy — wystarczy regulamin',
    ),
    q(
      'SINGLE',
      'Na czyje polecenie działa podmiot przetwarzający?',
      'Własne',
      '*Administratora',
      'Prezesa UODO',
      'Osoby, której dane dotyczą',
    ),
    q(
      'SINGLE',
      'Czy zgodę na newsletter można wycofać?',
      'Nie, zgoda jest nieodwołalna',
      'Tak, ale tylko pisemnie',
      '*Tak, w każdej chwili i tak łatwo, jak ją wyrażono',
      'Tylko po roku',
    ),
    q(
      'MULTIPLE',
      'Co jest naruszeniem ochrony danych osobowych?',
      '*Zgubiony niezaszyfrowany laptop z danymi klientów',
      '*E-mail z danymi wysłany do złego adresata',
      'Aktualizacja systemu operacyjnego',
      '*Zaszyfrowanie danych przez ransomware',
    ),
    q(
      'SINGLE',
      'Gdzie dokumentuje się każde naruszenie ochrony danych?',
      '*W wewnętrznym rejestrze naruszeń',
      'W księdze przychodów',
      'Na stronie internetowej firmy',
      'Nigdzie, jeśli nie zgłoszono go do UODO',
    ),
    q(
      'SINGLE',
      'Która zasada RODO wymaga, aby administrator potrafił wykazać przestrzeganie przepisów?',
      'Przejrzystość',
      '*Rozliczalność',
      'Ograniczenie celu',
      'Prawidłowość',
    ),
  ],
};
