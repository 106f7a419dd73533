import { q, type DemoCourseContent } from './types';

export const excel: DemoCourseContent = {
  slug: 'excel-od-podstaw',
  modules: [
    {
      title: 'Formuły i funkcje',
      lessons: [
        {
          title: 'Pierwsze formuły',
          minutes: 12,
          body: `# Formuły w Excelu

Każda formuła zaczyna się od znaku **=**. Przykład: \`=A1+B1\` dodaje wartości z komórek A1 i B1.

## Adresy względne i bezwzględne

- \`A1\` — adres **względny**: zmienia się przy kopiowaniu formuły,
- \`$A$1\` — adres **bezwzględny**: zawsze wskazuje tę samą komórkę (klawisz **F4** przełącza tryby).

## Przydatne skróty

- **Ctrl + Z** — cofnij,
- **Ctrl + Strzałka** — skok na koniec zakresu danych,
- **F2** — edycja komórki.`,
        },
        {
          title: 'SUMA, ŚREDNIA i JEŻELI',
          minutes: 15,
          body: `# Najważniejsze funkcje

- \`=SUMA(B2:B10)\` — suma zakresu,
- \`=ŚREDNIA(B2:B10)\` — średnia arytmetyczna,
- \`=JEŻELI(B2>=100;"premia";"brak")\` — wynik zależny od warunku,
- \`=X.WYSZUKAJ(A2;Produkty!A:A;Produkty!B:B)\` — wyszukiwanie wartości.

> W polskiej wersji Excela argumenty funkcji oddziela się **średnikiem**.`,
        },
      ],
    },
    {
      title: 'Tabele przestawne i wykresy',
      lessons: [
        {
          title: 'Tabela przestawna krok po kroku',
          minutes: 15,
          body: `# Tabela przestawna

Tabela przestawna podsumowuje duże zestawienia bez pisania formuł.

1. Zaznacz dowolną komórkę w danych (z nagłówkami kolumn).
2. Wybierz **Wstawianie → Tabela przestawna**.
3. Przeciągnij pola do obszarów: **Wiersze**, **Kolumny**, **Wartości**, **Filtry**.
4. Po zmianie danych kliknij **Odśwież**.`,
        },
        {
          title: 'Wykresy, które coś mówią',
          minutes: 10,
          body: `# Dobór wykresu

- **kolumnowy** — porównanie wartości między kategoriami,
- **liniowy** — zmiana w czasie,
- **kołowy** — udział części w całości (najwyżej kilka kategorii).

Zawsze dodaj czytelny **tytuł** i opisz osie.`,
        },
      ],
    },
  ],
  questions: [
    q('SINGLE', 'Od jakiego znaku zaczyna się formuła w Excelu?', '*=', '#', '@', '$'),
    q(
      'SINGLE',
      'Co oznacza zapis $A$1?',
      '*Adres bezwzględny',
      'Adres względny',
      'Walutę w komórce A1',
      'Komórkę ukrytą',
    ),
    q('SINGLE', 'Który klawisz przełącza tryby adresowania w formule?', 'F2', '*F4', 'F9', 'F12'),
    q('SINGLE', 'Który klawisz włącza edycję komórki?', '*F2', 'F5', 'Esc', 'Tab'),
    q('SINGLE', 'Jaka funkcja liczy średnią arytmetyczną?', 'SUMA', '*ŚREDNIA', 'ILE.LICZB', 'MEDIANA.SUMA'),
    q(
      'SINGLE',
      'Czym oddziela się argumenty funkcji w polskiej wersji Excela?',
      'Przecinkiem',
      '*Średnikiem',
      'Kropką',
      'Spacją',
    ),
    q(
      'SINGLE',
      'Do czego służy funkcja JEŻELI?',
      '*Zwraca wynik zależny od warunku',
      'Sumuje zakres',
      'Sortuje dane',
      'Tworzy wykres',
    ),
    q(
      'MULTIPLE',
      'Do których obszarów tabeli przestawnej można przeciągać pola?',
      '*Wiersze',
      '*Wartości',
      '*Filtry',
      'Makra',
    ),
    q(
      'SINGLE',
      'Co zrobić po zmianie danych źródłowych tabeli przestawnej?',
      'Utworzyć ją od nowa',
      '*Kliknąć Odśwież',
      'Zapisać plik jako CSV',
      'Nic, aktualizuje się zawsze sama',
    ),
    q(
      'SINGLE',
      'Jaki wykres najlepiej pokazuje zmianę wartości w czasie?',
      'Kołowy',
      '*Liniowy',
      'Radarowy',
      'Bąbelkowy',
    ),
    q('MULTIPLE', 'Co powinien mieć czytelny wykres?', '*Tytuł', '*Opisane osie', 'Jak najwięcej kolorów', 'Efekt 3D'),
    q('SINGLE', 'Który skrót cofa ostatnią operację?', '*Ctrl + Z', 'Ctrl + Y', 'Ctrl + S', 'Ctrl + P'),
  ],
};
