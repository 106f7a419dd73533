// Texts of the language school's public pages: the programme's landing page, the placement test
// (test kwalifikacyjny) and its result with the offer. Part of the Polish catalogue (English: #24).
import { pluralPl } from '@/lib/format/plural';

const questions = (n: number) => `${n} ${pluralPl(n, 'pytanie', 'pytania', 'pytań')}`;
const lessons = (n: number) =>
  `${n} ${pluralPl(n, 'lekcja multimedialna', 'lekcje multimedialne', 'lekcji multimedialnych')}`;
const files = (n: number) => `${n} ${pluralPl(n, 'materiał PDF', 'materiały PDF', 'materiałów PDF')}`;
const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} i ${items[items.length - 1]}`;

export const languagePlacement = {
  /** The header's link to the programme. */
  nav: 'Język polski',

  // the programme's landing page (/jezyk-polski)
  landing: {
    metaTitle: 'Polski dla obcokrajowców',
    eyebrow: 'Kurs języka polskiego online',
    noProgramme: 'Kurs języka polskiego nie jest teraz prowadzony.',
    minAge: (age: number) => `Kurs dla osób, które ukończyły ${age} lat (umowa z obowiązkiem zapłaty).`,
    ctaTest: 'Rozwiąż test kwalifikacyjny',
    ctaSignup: 'Zapisz się na kurs',
    ctaTestHint: 'Bez zakładania konta, wynik od razu — z poziomem, od którego warto zacząć.',
    stepsHeading: 'Jak zacząć',
    steps: [
      'Rozwiąż test kwalifikacyjny: pytania od najłatwiejszych (A1) do najtrudniejszych (C1).',
      'Zapisz się na polecany poziom i wybierz płatność: miesięcznie z góry albo cały kurs z góry.',
      'Umowa wchodzi w życie po zaksięgowaniu pierwszej płatności — wtedy dostajesz e-mail z loginem i linkiem do ustawienia hasła.',
      'W Strefie Słuchacza uczysz się z lekcji multimedialnych, rezerwujesz zajęcia na żywo z lektorem i piszesz do sekretariatu.',
    ],
    levelsHeading: 'Poziomy kursu',
    levelHours: (h: number) => `${h} godz. lekcyjnych`,
    includes: 'W poziomie',
    includesLessons: (n: number) => lessons(n),
    includesFiles: (n: number) => files(n),
    includesLive: (n: number) =>
      n > 0
        ? `zajęcia wirtualne z lektorem (${n} ${pluralPl(n, 'grupa', 'grupy', 'grup')} w tygodniu)`
        : 'zajęcia wirtualne z lektorem (grupa w przygotowaniu)',
    includesTest: (p: number) => `test poziomujący na koniec — zaliczenie od ${p} % punktów`,
    includesCertificate: 'certyfikat poziomu na życzenie',
    priceMonthly: (amount: string) => `${amount} miesięcznie`,
    priceFull: (amount: string) => `${amount} za cały poziom z góry`,
    priceNone: 'Cena w przygotowaniu',
    signUpLevel: (cefr: string) => `Zapisz się na poziom ${cefr}`,
    pricesNote:
      'Ceny brutto (z VAT). Płatność miesięczna: z góry, najpóźniej w dniu rozpoczęcia miesiąca kursu; nieopłacony miesiąc wstrzymuje dostęp. Umowę możesz wypowiedzieć w każdej chwili ze skutkiem na koniec opłaconego miesiąca.',
  },

  // the test (/jezyk-polski/test)
  test: {
    metaTitle: 'Test kwalifikacyjny',
    title: 'Test kwalifikacyjny z języka polskiego',
    intro:
      'Test pokaże, od którego poziomu (A1–C1) warto zacząć kurs. Nie musisz zakładać konta: wynik zobaczysz od razu po wysłaniu.',
    rulesHeading: 'Zasady',
    ruleQuestions: (n: number, bands: string[]) => `${questions(n)} z poziomów ${list(bands)}, od najłatwiejszych.`,
    ruleMinutes: (m: number) =>
      `Masz ${m} min od rozpoczęcia. Gdy czas się skończy, test wyśle się sam z tym, co zdążysz zaznaczyć.`,
    ruleOnce: 'Odpowiedzi wysyłasz raz; test wysłany po czasie nie jest liczony.',
    ruleBands: (p: number) =>
      `Poziom uznajemy za opanowany od ${p} % jego punktów; polecamy pierwszy poziom poniżej tej granicy.`,
    start: 'Rozpocznij test',
    restart: 'Rozpocznij test od nowa',
    retake: 'Rozwiąż test jeszcze raz',
    seeResult: 'Zobacz wynik',
    submitted: 'Ten test jest już wysłany.',
    expired: (time: string) =>
      `Czas na ten test minął ${time}. Odpowiedzi wysłane po czasie nie są liczone — możesz rozpocząć test od nowa.`,
    unavailable: 'Test kwalifikacyjny nie jest teraz dostępny.',
    takingTitle: 'Test kwalifikacyjny',
    bandHeading: (cefr: string) => `Poziom ${cefr}`,
    send: 'Wyślij test',
    backToProgramme: 'O kursie',
  },

  // the result (/jezyk-polski/test/wynik)
  result: {
    metaTitle: 'Wynik testu kwalifikacyjnego',
    title: 'Wynik testu kwalifikacyjnego',
    none: 'Nie masz jeszcze wysłanego testu kwalifikacyjnego.',
    recommended: (cefr: string) => `Polecany poziom: ${cefr}`,
    submittedAt: (time: string) => `Test wysłany ${time}.`,
    whyFirst: (cefr: string, p: number) => `Na poziomie ${cefr} masz mniej niż ${p} % punktów — od niego warto zacząć.`,
    whyAfter: (mastered: string[], cefr: string, p: number) =>
      `${mastered.length === 1 ? 'Poziom' : 'Poziomy'} ${list(mastered)} ${mastered.length === 1 ? 'masz opanowany' : 'masz opanowane'} (co najmniej ${p} % punktów), a na poziomie ${cefr} jeszcze nie — od niego warto zacząć.`,
    whyAll: (cefr: string, p: number) =>
      `Na każdym poziomie masz co najmniej ${p} % punktów — polecamy najwyższy poziom kursu, ${cefr}.`,
    bandsHeading: 'Wynik na każdym poziomie',
    bandCol: 'Poziom',
    pointsCol: 'Punkty',
    percentCol: 'Wynik',
    verdictCol: 'Ocena',
    points: (scored: string, max: string) => `${scored} z ${max} pkt`,
    mastered: 'opanowany',
    toLearn: 'do nauki',
    notAssessed: 'bez pytań',
    offerHeading: (cefr: string) => `Kurs na poziomie ${cefr}`,
    signUp: (cefr: string) => `Zapisz się na poziom ${cefr}`,
    otherLevel: 'Możesz też wybrać inny poziom przy zapisie.',
  },

  // refusals
  errors: {
    noProgramme: 'Kurs języka polskiego nie jest teraz prowadzony.',
    noQuestions: 'Test kwalifikacyjny nie ma jeszcze pytań. Spróbuj później.',
    noAttempt: 'Nie znaleźliśmy Twojego testu — rozpocznij go jeszcze raz.',
    alreadySubmitted: 'Ten test został już wysłany; liczy się pierwsze wysłanie, a jego wynik jest już zapisany.',
    timeUp: 'Czas na rozwiązanie testu minął, więc odpowiedzi nie zostały policzone. Rozpocznij test od nowa.',
    tampered: 'Odpowiedzi nie pasują do pytań tego testu. Odśwież stronę i spróbuj ponownie.',
  },
};
