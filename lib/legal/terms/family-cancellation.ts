// The resignation and withdrawal paragraphs of /rodzina/regulamin for each terms version, so the
// page says what the terms in force say (and shows the announced wording before it applies).
import { versionIndex } from '../registry';

export type FamilyCancellationText = { resignation: string; withdrawal: string; siblingSetOff: string | null };

const UNTIL_2026_12_15: FamilyCancellationText = {
  resignation:
    'Rezygnacja działa z końcem miesiąca, w którym ją złożono. Zwracamy opłatę za niewykorzystane miesiące roku szkolnego: zapłacona kwota ÷ 10 × liczba miesięcy do końca czerwca, po potrąceniu kosztów przelewu. Przykład: rezygnacja złożona w październiku przy opłacie 2999 zł — 299,90 zł × 8 = 2399,20 zł. Przy płatności w ratach zwrot nie przysługuje.',
  withdrawal:
    'W ciągu 14 dni od zapłaty można odstąpić od umowy bez podania przyczyny; zwracamy całą opłatę w ciągu 14 dni.',
  siblingSetOff: null,
};

const FROM_2026_12_15: FamilyCancellationText = {
  resignation:
    'Rezygnację składa się przyciskiem na stronie rodziny, e-mailem lub pisemnie (wzór: załącznik nr 1 do regulaminu). Działa z końcem miesiąca, w którym ją złożono. Zwracamy opłatę za niewykorzystane miesiące roku szkolnego: zapłacona kwota ÷ 10 × liczba miesięcy od następnego miesiąca do czerwca, bez potrącania kosztów przelewu. Przykład: rezygnacja złożona w październiku przy opłacie 2999 zł — 299,90 zł × 8 = 2399,20 zł.',
  withdrawal:
    'W ciągu 14 dni od zapłaty można odstąpić od umowy bez podania przyczyny, także gdy dziecko zaczęło już naukę. Zwracamy wszystkie płatności za tę umowę w ciągu 14 dni, tym samym sposobem płatności — z rozliczeniem rabatu dla rodzeństwa opisanym niżej.',
  siblingSetOff:
    'Rabat dla rodzeństwa przysługuje, bo inne dziecko ma Pakiet Standard w pełnej cenie. Gdy odchodzi (odstąpienie lub rezygnacja) dziecko, które płaciło pełną cenę, rodzeństwo traci podstawę rabatu: utracony rabat — przy odstąpieniu cały, przy rezygnacji za te same miesiące, za które jest zwrot — potrącamy ze zwrotu dla odchodzącego dziecka, nigdy ponad ten zwrot. Przykład (EUR): dwoje dzieci, 699 € i 469 €; odstąpienie za pierwsze dziecko — zwrot 699 € − 230 € = 469 €, drugie dziecko zachowuje pakiet, a rodzina zapłaciła razem 699 € za jeden pakiet. Przed potwierdzeniem widzisz zwrot, potrącenie i kwotę do wypłaty. Ponowny zakup pakietu dla dziecka, które odeszło, nie daje drugiego rabatu.',
};

/** The paragraphs of the terms version `version` (an id from lib/legal/registry.ts). */
export function familyCancellationText(version: string): FamilyCancellationText {
  return versionIndex('terms', version) >= versionIndex('terms', '2026-12-15') ? FROM_2026_12_15 : UNTIL_2026_12_15;
}
