// The privacy policy's § "Jak długo przechowujemy dane", rendered from the retention table
// (lib/retention/rules/table.ts): one point per record type people would recognise, with the
// period taken from the table, so the policy and the daily job can never disagree.
import { pluralPl } from '@/lib/format/plural';
import { ruleOf, RETENTION_TABLE, type Period, type RecordType } from '@/lib/retention/rules/table';
import type { LegalSection } from '../document';

type Form = { years?: boolean; locative?: boolean };

/** "30 dni", "dobę", "rok", "3 lata" — or after "po": "3 latach"; months as months unless `years`. */
function period(p: Period, form: Form = {}): string {
  const { n, unit } = p;
  if (unit === 'hours' && n === 24 && !form.locative) return 'dobę';
  if ((unit === 'months' && form.years && n % 12 === 0) || unit === 'years') {
    const yrs = unit === 'years' ? n : n / 12;
    if (yrs === 1) return form.locative ? 'roku' : 'rok';
    return `${yrs} ${form.locative ? pluralPl(yrs, 'roku', 'latach', 'latach') : pluralPl(yrs, 'rok', 'lata', 'lat')}`;
  }
  const words = {
    hours: ['godzinę', 'godziny', 'godzin', 'godzinach'],
    days: ['dzień', 'dni', 'dni', 'dniach'],
    months: ['miesiąc', 'miesiące', 'miesięcy', 'miesiącach'],
  }[unit];
  if (form.locative) return `${n} ${n === 1 ? words[0] : words[3]}`;
  return `${n} ${pluralPl(n, words[0]!, words[1]!, words[2]!)}`;
}

const k = (type: RecordType, form: Form = { years: true }) => period(ruleOf(type).keep!, form);

/** One period told for several types: they must agree, or the text would be wrong for some. */
function same(...types: RecordType[]): string {
  const texts = new Set(types.map((t) => k(t)));
  if (texts.size !== 1)
    throw new Error(`Retention periods differ for ${types.join(', ')}: the policy needs a point each`);
  return [...texts][0]!;
}

/** The points, in the order the earlier versions gave them, then the ones the table added. */
export const POLICY_POINTS: Partial<Record<RecordType, () => string>> = {
  account: () =>
    'Konto, postępy w nauce i dane dzieci — przez czas prowadzenia Konta; po jego usunięciu dane potrzebne do obrony roszczeń — do upływu terminu przedawnienia (art. 118 Kodeksu cywilnego: co do zasady 6 lat, dla roszczeń związanych z prowadzeniem działalności gospodarczej 3 lata, z końcem roku kalendarzowego)',
  taxRecords: () =>
    `zamówienia opłacone, płatności, zwroty i faktury — ${k('taxRecords')} od końca roku kalendarzowego, w którym upłynął termin płatności podatku (art. 86 § 1 Ordynacji podatkowej, art. 112 ustawy o VAT), a dokumentacja księgowa — przez okres wymagany art. 74 ustawy o rachunkowości`,
  abandonedOrder: () =>
    `zamówienia nieopłacone, za które nie wpłynęła żadna płatność i nie wystawiono faktury (porzucone) — ${k('abandonedOrder')} od złożenia, potem usuwamy je wraz z nieudanymi próbami płatności (zamówienie, którego dotyczy reklamacja — tak długo jak ta reklamacja)`,
  certificate: () =>
    `numery i dane wydanych zaświadczeń — ${k('certificate')} od wydania, aby można było potwierdzić ich autentyczność`,
  complaint: () =>
    `reklamacje wraz z odpowiedzią — ${k('complaint')} od udzielenia odpowiedzi (reklamacja bez odpowiedzi — do jej udzielenia); oświadczenia o odstąpieniu od umowy — tak długo jak zamówienie, którego dotyczą (są częścią dokumentacji zwrotu)`,
  contactMessage: () => `wiadomości z formularza kontaktowego — ${k('contactMessage')} od wysłania wiadomości`,
  groupParticipant: () =>
    `dane uczestników pakietów grupowych i przesłane listy uczestników — do zakończenia usługi i przekazania raportu końcowego, a następnie w ciągu ${same('groupParticipant', 'participantList')} usuwamy je lub zwracamy firmie zgodnie z umową powierzenia (konta uczestników anonimizujemy, wydane zaświadczenia zostają); odrzucony skan umowy — ${k('agreementScanRejected')} od decyzji, przyjęta umowa powierzenia — ${k('agreementScanAccepted')} od raportu końcowego, jako dowód jej zawarcia`,
  passwordResetToken: () =>
    `jednorazowe linki do ustawienia hasła (ważne godzinę), do odblokowania konta i do potwierdzenia nowego adresu e-mail — usuwamy ${same('passwordResetToken', 'accountUnlockToken', 'emailChangeToken')} po wykorzystaniu lub wygaśnięciu`,
  loginThrottle: () =>
    `liczniki nieudanych logowań — ${k('loginThrottle')} od ostatniej nieudanej próby lub wygaśnięcia blokady (blokada trwa 15 minut); skrót adresu IP zapisany przy wiadomości lub reklamacji — tak długo jak ona; dzienniki serwera — do 90 dni`,
  authSession: () =>
    `sesje logowania (urządzenie, przybliżony adres IP) — ${k('authSession')} od wylogowania lub wygaśnięcia sesji, abyś mógł sprawdzić, czy logowanie było Twoje`,
  emailBody: () =>
    `treść wysłanych wiadomości e-mail — ${k('emailBody', {})} od utworzenia; potem zostają tylko adresat, temat i data wysłania (dowód, że przekazaliśmy np. potwierdzenie umowy), które usuwamy po ${k('emailRecord', { years: true, locative: true })}`,
  dataExportFile: () =>
    `kopia danych przygotowana na Twoje żądanie — ${k('dataExportFile')} od przygotowania, potem usuwamy plik (zostaje informacja, że kopię wydaliśmy — przez ${k('dataExportRecord')})`,
  privacyRequest: () =>
    `wnioski dotyczące danych i odpowiedzi na nie — ${k('privacyRequest')} od odpowiedzi, jako dowód ich rozpatrzenia (art. 5 ust. 2 RODO)`,
  auditEntry: () =>
    `dziennik decyzji naszego zespołu (kto, kiedy i co zmienił, np. zlecił zwrot) — ${k('auditEntry')} od końca roku; wpisów nie można zmienić ani usunąć, a usunięty użytkownik występuje w nich jako „Usunięty użytkownik”`,
  centreAccount: () =>
    `konto w centrum edukacyjnym (gdy usługa zostanie uruchomiona) — przez czas umowy i ${k('centreAccount')} od jej zakończenia, chyba że wcześniej zażądasz usunięcia`,
  schoolPlannerData: () =>
    `dane uczniów, deklaracji i zespołów w planerze szkolnym — do ${k('schoolPlannerData')} od wygaśnięcia licencji szkoły`,
  liveBooking: () =>
    `rezerwacje zajęć na żywo, miejsca na liście oczekujących i obecność — ${k('liveBooking', {})} od zakończenia zajęć; nagrania zajęć — ${k('liveRecording')} od ich zakończenia, potem usuwamy je także z serwera wideokonferencji; informacje o zajęciach, które się nie odbyły (podstawa zwrotu części opłaty) — ${k('liveUndelivered')} od końca roku kalendarzowego, jak dokumentacja zwrotów`,
  calendarFeedToken: () =>
    `prywatny link do kalendarza zajęć (przechowujemy tylko jego skrót) — do wygenerowania nowego linku, a po usunięciu Konta usuwamy go po ${k('calendarFeedToken', { locative: true })}`,
};

/** Types told inside another type's point (same period, or part of the same story). */
export const TOLD_IN: Partial<Record<RecordType, RecordType>> = {
  emailRecord: 'emailBody',
  accountUnlockToken: 'passwordResetToken',
  emailChangeToken: 'passwordResetToken',
  dataExportRecord: 'dataExportFile',
  agreementScanRejected: 'groupParticipant',
  agreementScanAccepted: 'groupParticipant',
  participantList: 'groupParticipant',
  child: 'account',
  liveRecording: 'liveBooking',
  liveUndelivered: 'liveBooking',
};

/** The section, every point generated from the table. */
export function retentionSection(): LegalSection {
  const missing = RETENTION_TABLE.filter((r) => !POLICY_POINTS[r.type] && !TOLD_IN[r.type]).map((r) => r.type);
  if (missing.length) throw new Error(`The privacy policy says nothing of ${missing.join(', ')}`);
  const points = Object.values(POLICY_POINTS).map((p) => p());
  return {
    id: 'okresy',
    title: 'Jak długo przechowujemy dane',
    clauses: [
      {
        text: 'Okres zależy od rodzaju danych; po jego upływie dane usuwamy lub anonimizujemy automatycznie, raz na dobę:',
        points: points.map((p, i) => `${p}${i === points.length - 1 ? '.' : ';'}`),
      },
    ],
  };
}
