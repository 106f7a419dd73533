// Texts of a group's people management: invitations, slips, participant actions, second admins.
import { pluralPl } from '@/lib/format/plural';

export const people = {
  heading: 'Uczestnicy i dostęp',
  intro:
    'Każdy uczestnik ustawia własne hasło przez jednorazowy link: e-mailem (gdy lista miała adres) albo z wydrukowanej kartki z kodem QR. Hasła nie są wysyłane e-mailem.',
  noPeople: 'Konta uczestników pojawią się tu po potwierdzeniu listy.',
  tableLabel: 'Uczestnicy — dostęp i działania',
  colName: 'Uczestnik',
  colLogin: 'Login',
  colState: 'Stan',
  colInvited: 'Zaproszenie',
  colActions: 'Działania',
  state: { never: 'jeszcze się nie zalogował', active: 'aktywny', deactivated: 'dezaktywowany' },
  lastLogin: (at: string) => `ostatnio ${at}`,
  invitedAt: (at: string) => `wysłane ${at}`,
  notInvited: 'nie wysłano',
  noEmail: 'bez e-maila — kartka',
  certificate: (n: string) => `zaświadczenie ${n}`,
  // Bulk actions and downloads
  downloads: 'Pliki',
  slipsAll: (n: number) => `Drukuj kartki z zaproszeniami (PDF, ${n})`,
  slipsHint:
    'Kartki dla wszystkich, którzy jeszcze się nie zalogowali. Każdy wydruk tworzy nowe linki; dawne działają do wygaśnięcia.',
  progressXlsx: 'Postępy uczestników (Excel)',
  certificatesZip: (n: number) => `Wszystkie zaświadczenia (ZIP, ${n})`,
  inviteAll: (n: number) => `Wyślij zaproszenia e-mailem (${n})`,
  inviteAllConfirm: (n: number) =>
    `Wyślemy ${n} ${pluralPl(n, 'zaproszenie', 'zaproszenia', 'zaproszeń')} — każde na adres z listy, z jednorazowym linkiem do ustawienia hasła.`,
  remindAll: (n: number) => `Przypomnij niezalogowanym (${n})`,
  remindAllConfirm: (n: number) =>
    `Wyślemy przypomnienie ${n} ${pluralPl(n, 'osobie', 'osobom', 'osobom')}, które dostały zaproszenie, ale jeszcze się nie zalogowały. Każda dostanie najwyżej jedno przypomnienie dziennie.`,
  invitationsSent: (sent: number, skipped: number) =>
    `Wysłano: ${sent}.` + (skipped > 0 ? ` Pominięto ${skipped} (już wysłane dziś lub wcześniej).` : ''),
  confirmYes: 'Tak, wyślij',
  // One participant
  actionsFor: (name: string) => `Działania: ${name}`,
  sendInvitation: 'Wyślij dane uczestnikowi',
  sendInvitationConfirm: (email: string) =>
    `Wyślemy na adres ${email} jednorazowy link do ustawienia własnego hasła (bez hasła w treści).`,
  invitationSent: 'Zaproszenie wysłane na adres uczestnika.',
  invitationAlready: 'To zaproszenie zostało już wysłane.',
  slipOne: 'Kartka z zaproszeniem (PDF)',
  rename: 'Popraw imię i nazwisko',
  renameHint: 'Login się nie zmienia.',
  renameCertificateHint:
    'Zaświadczenie jest już wydane: po poprawce wydamy poprawione, pod nowym numerem; stary numer będzie widoczny w weryfikacji jako zastąpiony.',
  renameSubmit: 'Zapisz poprawkę',
  renamed: 'Poprawiono imię i nazwisko.',
  renamedReissued: (n: string) => `Poprawiono imię i nazwisko i wydano poprawione zaświadczenie ${n}.`,
  renameSame: 'Bez zmian — imię i nazwisko są takie same.',
  remove: 'Usuń uczestnika',
  removeConfirm: 'Konto zostanie usunięte, a miejsce wróci do puli. Tego nie można cofnąć.',
  removeYes: 'Tak, usuń',
  removed: 'Uczestnik usunięty, miejsce wróciło do puli.',
  removedAlready: 'Ten uczestnik był już usunięty.',
  deactivate: 'Dezaktywuj konto',
  deactivateConfirm: 'Uczestnik nie zaloguje się więcej, a jego sesje się zakończą. Miejsce pozostaje wykorzystane.',
  deactivateYes: 'Tak, dezaktywuj',
  deactivated: 'Konto dezaktywowane.',
  deactivatedAlready: 'To konto było już dezaktywowane.',
  reset: 'Resetuj hasło',
  resetConfirm: 'Obecne hasło i wszystkie wcześniejsze linki przestaną działać; uczestnik dostanie nowe zaproszenie.',
  resetConfirmNoEmail:
    'Obecne hasło i wszystkie wcześniejsze linki przestaną działać. Wydrukuj potem kartkę z nowym zaproszeniem (albo nowe hasło z pliku z danymi logowania).',
  resetYes: 'Tak, resetuj',
  resetEmailed: 'Hasło zresetowane; nowe zaproszenie wysłane e-mailem.',
  resetSlip: 'Hasło zresetowane. Wydrukuj kartkę z nowym zaproszeniem.',
  cancel: 'Anuluj',
  // Refusals
  removeLoggedIn: 'Ten uczestnik już się logował — nie można go usunąć, można dezaktywować konto.',
  participantDeactivated: 'To konto jest dezaktywowane.',
  invitationInvalid: 'Ten link już nie działa: został użyty, wygasł albo administrator grupy wydał nowy.',
  adminDisabled: 'Tego konta nie można dodać jako administratora.',
  confirmRequired: 'Potwierdź, zanim wykonamy tę zmianę.',
  // Second admin
  adminsHeading: 'Administratorzy grupy',
  adminsIntro: 'Drugi administrator widzi grupę i zarządza nią tak jak Ty. Nowe konto dostanie zaproszenie e-mailem.',
  addAdmin: 'Dodaj administratora',
  adminEmail: 'E-mail',
  adminFirstName: 'Imię',
  adminLastName: 'Nazwisko',
  adminNamesHint: 'Imię i nazwisko zapiszemy, gdy to nowe konto.',
  adminAdded: 'Dodano administratora; dostał e-mail z linkiem do grupy.',
  adminInvited: 'Założyliśmy konto i wysłaliśmy zaproszenie do ustawienia hasła.',
  adminAlready: 'Ta osoba już jest administratorem tej grupy.',
  adminOwner: 'Osoby, która kupiła pakiet, nie można usunąć z administratorów grupy.',
  adminLast: 'To ostatni administrator z aktywnym kontem — grupa nie może zostać bez administratora.',
  adminRemove: 'Usuń z administratorów',
  adminRemoveConfirm: (name: string) =>
    `${name} przestanie widzieć tę grupę i nią zarządzać. Konto zostaje; możesz dodać tę osobę ponownie.`,
  adminRemoveYes: 'Tak, usuń z administratorów',
  adminRemoved: 'Usunięto administratora grupy.',
  adminRemovedAlready: 'Ta osoba nie jest już administratorem tej grupy.',
  // The invitation page
  invitationTitle: 'Ustaw hasło i zacznij',
  invitationLead: (company: string, course: string) => `${company} zaprasza Cię na kurs „${course}”.`,
  invitationLogin: 'Twój login',
  invitationSubmit: 'Ustaw hasło i zaloguj się',
  invitationDone: 'Hasło ustawione. Logujemy Cię…',
  invitationGone: 'Ten link już nie działa',
  invitationGoneBody:
    'Link został już użyty, wygasł albo administrator grupy wydał nowy. Jeśli hasło jest już ustawione, zaloguj się; jeśli nie, poproś swój dział kadr o nowe zaproszenie.',
  passwordSameAsLogin: 'Hasło nie może być takie samo jak login ani e-mail.',
  // The slips
  slips: {
    title: 'Zaproszenia uczestników',
    none: 'Wszyscy uczestnicy już się zalogowali — nie ma kartek do wydrukowania.',
    login: 'Login',
    howTo: 'Zeskanuj kod telefonem albo wpisz adres spod spodu, ustaw własne hasło i zaloguj się.',
    validUntil: (d: string) => `Link działa jeden raz, do ${d}.`,
  },
  // The progress spreadsheet
  progress: {
    sheet: 'Postępy',
    title: 'Postępy uczestników',
    course: (c: string) => `Kurs: ${c}`,
    company: (c: string) => `Firma: ${c}`,
    asOf: (d: string) => `Stan na: ${d}`,
    number: 'Lp.',
    lastLogin: 'Ostatnie logowanie',
    lessons: 'Lekcje',
    progress: 'Postęp',
    bestScore: 'Najlepszy wynik',
    passed: 'Zaliczony',
    certificate: 'Nr zaświadczenia',
    accessUntil: 'Dostęp do',
    state: 'Stan konta',
    never: 'nigdy',
    yes: 'tak',
    no: 'nie',
    active: 'aktywne',
    notYet: 'bez logowania',
    deactivated: 'dezaktywowane',
  },
  // Verification of a replaced certificate number
  replacedTitle: 'Zaświadczenie zastąpione',
  replacedBody: (on: string) =>
    `To zaświadczenie było prawdziwe, ale ${on} zastąpiło je poprawione zaświadczenie (np. po poprawce imienia lub nazwiska). Obowiązuje nowy numer:`,
  replacedBy: 'Obowiązujące zaświadczenie',
  // The company as controller of its participants' data (the agreement's § 8)
  controller: {
    heading: 'Dane uczestników (RODO)',
    intro:
      'Firma jest administratorem danych uczestników, a platforma przetwarza je na podstawie umowy powierzenia. Możesz pobrać wszystkie dane uczestników tej grupy i — po zatwierdzeniu raportu końcowego — zlecić ich usunięcie (§ 8 umowy).',
    export: 'Pobierz dane uczestników',
    exportHint:
      'Plik ZIP: uczestnicy.json (dane każdego uczestnika: imię i nazwisko, login, e-mail, daty założenia konta i logowań, ukończone lekcje, podejścia do testu z wynikami, zaświadczenie, dezaktywacja) oraz arkusz postępów XLSX. Pobranie jest zapisywane w historii grupy.',
    automaticOn: (date: string) =>
      `Jeśli nie usuniesz danych wcześniej, platforma zanonimizuje je sama ${date} (30 dni po zatwierdzeniu raportu końcowego, § 8 ust. 1 umowy).`,
    automaticLater:
      'Platforma usunie dane sama 30 dni po zatwierdzeniu raportu końcowego ostatniej listy (§ 8 ust. 1 umowy); dokładną datę zobaczysz tu po zatwierdzeniu raportu.',
    deleteWaits:
      'Usunięcie danych na żądanie będzie możliwe po zatwierdzeniu raportu końcowego każdej listy uczestników (§ 8 ust. 2 umowy).',
    deleteNow: 'Usuń dane uczestników teraz',
    deleteConfirm: (n: number) =>
      `Usunięcie obejmie ${n} ${pluralPl(n, 'uczestnika', 'uczestników', 'uczestników')} i nie można go cofnąć. Konta założone tylko dla szkoleń zostaną zanonimizowane (imię i nazwisko zastąpi „Usunięty użytkownik #…”, znikną login, e-mail, hasło, postępy, podejścia do testu i zaproszenia, sesje zostaną zakończone). Osoby, które mają na platformie także własne konto (np. kupiły coś same), zachowają je, ale stracą dane z tej grupy. Przesłane pliki list zostaną opróżnione. Zostają: zaświadczenia z możliwością publicznej weryfikacji (5 lat), raport końcowy, faktura za zamówienie i umowa powierzenia jako dowód wykonania usługi. Najpierw pobierz dane, jeśli ich potrzebujesz.`,
    deleteYes: 'Tak, usuń nieodwracalnie',
    deleted: (anonymised: number, detached: number) =>
      `Usunięto dane uczestników: ${anonymised} ${pluralPl(anonymised, 'konto zanonimizowane', 'konta zanonimizowane', 'kont zanonimizowanych')}, ${detached} ${pluralPl(detached, 'konto własne odłączone', 'konta własne odłączone', 'kont własnych odłączonych')} od grupy.`,
    deletedAlready: 'Dane uczestników tej grupy zostały już usunięte.',
    done: 'Dane uczestników tej grupy zostały usunięte.',
    reportNotApproved:
      'Dane uczestników można usunąć dopiero po zatwierdzeniu raportu końcowego każdej listy uczestników (§ 8 ust. 2 umowy powierzenia).',
    nothingToDelete: 'W tej grupie nie ma jeszcze kont uczestników, więc nie ma czego usuwać.',
    deletedState: 'dane usunięte',
  },
};
