// The planner's school page (issue 23): the school's data, its data-processing agreement (A17) and
// its staff (A12), with their refusals and e-mails.
import { pluralPl } from '@/lib/format/plural';

export const plannerSchool = {
  title: 'Szkoła i zespół',
  data: {
    heading: 'Dane szkoły',
    name: 'Nazwa',
    okeCode: 'Kod OKE',
    commission: 'Okręgowa komisja egzaminacyjna',
    nip: 'NIP',
    address: 'Adres',
  },
  dpa: {
    heading: 'Umowa powierzenia przetwarzania danych',
    intro:
      'Szkoła jest administratorem danych uczniów, a my przetwarzamy je w jej imieniu od pierwszego wprowadzenia danych. Dlatego przed dodaniem lub zaimportowaniem uczniów dyrektor podpisuje umowę powierzenia: pobierz projekt, podpisz go i prześlij skan — po jego akceptacji przez nas planer przyjmie dane uczniów.',
    draft: 'Pobierz projekt umowy (PDF)',
    scanLabel: 'Podpisany skan umowy (PDF, JPG lub PNG, do 10 MB)',
    upload: 'Prześlij skan',
    submitted: 'Skan został przesłany. Sprawdzimy go i damy znać e-mailem.',
    openScan: 'Otwórz przesłany skan',
    directorOnly: 'Skan umowy przesyła dyrektor szkoły.',
    status: {
      none: 'Umowa nie została jeszcze przesłana.',
      SUBMITTED: (at: string) => `Skan przesłany ${at} — czeka na sprawdzenie.`,
      ACCEPTED: (at: string) => `Umowa zaakceptowana ${at}. Można wprowadzać dane uczniów.`,
      REJECTED: (at: string, reason: string) =>
        `Skan odrzucony ${at}. Powód: ${reason}. Popraw umowę i prześlij ją ponownie.`,
    },
    required:
      'Przed wprowadzeniem lub zaimportowaniem uczniów szkoła musi podpisać umowę powierzenia przetwarzania danych, a my musimy ją zaakceptować. Umowę pobierzesz i prześlesz w zakładce „Szkoła i zespół”.',
    goToAgreement: 'Przejdź do umowy powierzenia',
    courtesyNotice:
      'Tłumaczenie grzecznościowe — nie jest podpisywane i nie wiąże. Dyrektor podpisuje wyłącznie polski oryginał (projekt w PDF).',
    originalHeading: 'Polski oryginał (wiążący — ten tekst podpisuje dyrektor)',
    courtesyPdf: 'Pobierz tłumaczenie grzecznościowe projektu (PDF, bez podpisu)',
    alreadyAccepted: 'Umowa powierzenia tej szkoły jest już zaakceptowana.',
    awaitingReview: 'Przesłany skan czeka na sprawdzenie — kolejny można przesłać po decyzji.',
    alreadyDecided: 'Ta umowa została już rozpatrzona.',
  },
  panel: {
    heading: 'Umowy powierzenia szkół (planer maturalny)',
    empty: 'Żadna umowa szkoły nie czeka na sprawdzenie.',
    summary: (okeCode: string, examYear: number, at: string) =>
      `Kod OKE ${okeCode} · licencja na maturę ${examYear} · przesłano ${at}`,
  },
  staff: {
    heading: 'Zespół szkoły',
    intro: 'Z planera korzysta dowolna liczba pracowników szkoły. Zaprasza ich dyrektor.',
    name: 'Osoba',
    email: 'E-mail',
    role: 'Rola',
    joined: 'Dołączył(a)',
    invited: (at: string) => `zaproszenie z ${at}`,
    actions: 'Działania',
    roles: { DIRECTOR: 'Dyrektor', TEACHER: 'Nauczyciel' } as Record<string, string>,
    remove: 'Usuń z zespołu',
    removeConfirm: (name: string) => `Usunąć ${name} z zespołu szkoły? Ta osoba straci dostęp do planera tej szkoły.`,
    removed: 'Osoba została usunięta z zespołu szkoły.',
    you: '(Ty)',
    tableLabel: 'Zespół szkoły',
  },
  invite: {
    heading: 'Zaproś osobę',
    intro:
      'Podaj adres e-mail. Osoba, która nie ma jeszcze konta, dostanie jednorazowy link do ustalenia hasła; osoba z kontem — wiadomość o dostępie do planera szkoły.',
    email: 'Adres e-mail',
    firstName: 'Imię',
    lastName: 'Nazwisko',
    role: 'Rola',
    submit: 'Wyślij zaproszenie',
    sent: (email: string) => `Zaproszenie wysłane na adres ${email}.`,
    already: (email: string) => `${email} należy już do zespołu szkoły.`,
    emailInvalid: 'Podaj poprawny adres e-mail.',
    nameRequired: 'Podaj imię i nazwisko.',
    roleInvalid: 'Wybierz rolę.',
  },
  refusals: {
    lastDirector: 'Szkoła musi mieć co najmniej jednego dyrektora: najpierw zaproś innego dyrektora.',
    notStaff: 'Ta osoba nie należy do zespołu szkoły.',
  },
  emails: {
    greeting: (name: string) => `Dzień dobry, ${name}!`,
    signature: 'Zespół Planety',
    accepted: {
      subject: (school: string) => `Umowa powierzenia zaakceptowana — ${school}`,
      body: (school: string) =>
        `zaakceptowaliśmy umowę powierzenia przetwarzania danych osobowych szkoły ${school}. Planer przyjmuje już dane uczniów: możesz ich wprowadzić albo zaimportować.`,
      button: 'Przejdź do planera',
    },
    rejected: {
      subject: (school: string) => `Umowa powierzenia odrzucona — ${school}`,
      body: (school: string) => `nie możemy przyjąć przesłanej umowy powierzenia szkoły ${school}.`,
      reason: (reason: string) => `Powód: ${reason}`,
      next: 'Popraw umowę i prześlij skan ponownie na stronie szkoły w planerze.',
      button: 'Przejdź do umowy',
    },
    invited: {
      subject: (school: string) => `Zaproszenie do planera maturalnego — ${school}`,
      body: (school: string, role: string, by: string) =>
        `${by} zaprasza Cię do planera maturalnego szkoły ${school} w roli: ${role}.`,
      login: 'Login:',
      setPassword: 'Założyliśmy Ci konto. Ustal hasło, aby się zalogować:',
      setPasswordButton: 'Ustal hasło',
      existing: 'Zaloguj się na swoje konto — szkoła jest już na Twojej liście.',
      openButton: 'Otwórz planer szkoły',
      fallback: 'Jeśli przycisk nie działa, skopiuj ten adres do przeglądarki:',
      validity: (days: number) =>
        `Link jest jednorazowy i ważny ${days} ${pluralPl(days, 'dzień', 'dni', 'dni')}. Po jego wygaśnięciu użyj „Nie pamiętam hasła”.`,
    },
  },
} as const;
