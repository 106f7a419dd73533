import { q, type DemoCourseContent } from './types';

export const cyber: DemoCourseContent = {
  slug: 'cyberbezpieczenstwo',
  modules: [
    {
      title: 'Phishing i socjotechnika',
      lessons: [
        {
          title: 'Jak rozpoznać phishing',
          minutes: 12,
          body: `# Phishing

**Phishing** to podszywanie się pod zaufaną instytucję (bank, kuriera, przełożonego), aby wyłudzić dane lub pieniądze.

## Sygnały ostrzegawcze

- presja czasu: *„Twoje konto zostanie zablokowane w ciągu 24 godzin”*,
- adres nadawcy lub link różniący się od prawdziwego (np. \`plbank-logowanie.com\`),
- prośba o podanie hasła, kodu BLIK lub danych karty,
- nieoczekiwany załącznik, np. „faktura.zip”.

## Co robić?

1. Nie klikaj linku — wejdź na stronę, wpisując adres samodzielnie.
2. Zweryfikuj prośbę innym kanałem, np. telefonicznie.
3. Zgłoś wiadomość do działu IT.`,
        },
        {
          title: 'Socjotechnika w pracy zdalnej',
          minutes: 8,
          body: `# Socjotechnika

Atakujący często dzwonią, podając się za **dział IT** lub **prezesa firmy** („oszustwo na prezesa”).

> Nikt z działu IT nie poprosi Cię o hasło. Prośbę o pilny przelew zawsze potwierdź drugim kanałem.

- nie instaluj oprogramowania do zdalnego pulpitu na prośbę nieznanej osoby,
- nie udostępniaj ekranu z otwartymi danymi klientów,
- blokuj komputer (**Win + L**) za każdym razem, gdy od niego odchodzisz.`,
        },
      ],
    },
    {
      title: 'Hasła, 2FA i bezpieczna sieć',
      lessons: [
        {
          title: 'Hasła i menedżer haseł',
          minutes: 10,
          body: `# Dobre hasło

- **długie** — co najmniej 12 znaków; najlepiej fraza z kilku słów,
- **unikalne** — inne dla każdego serwisu,
- przechowywane w **menedżerze haseł**, nie na karteczce.

## Uwierzytelnianie dwuskładnikowe (2FA)

Drugi składnik (aplikacja z kodami, klucz sprzętowy) chroni konto nawet wtedy, gdy hasło wycieknie. Kody SMS są lepsze niż nic, ale aplikacja lub klucz są bezpieczniejsze.`,
        },
        {
          title: 'Bezpieczna sieć domowa',
          minutes: 10,
          body: `# Sieć domowa i publiczne Wi-Fi

## Router

1. Zmień domyślne hasło administratora routera.
2. Włącz szyfrowanie **WPA2** lub **WPA3**.
3. Regularnie aktualizuj oprogramowanie routera.

## Publiczne Wi-Fi

W kawiarni lub hotelu łącz się z firmą **przez VPN**. Unikaj logowania do bankowości w otwartych sieciach.`,
        },
      ],
    },
  ],
  questions: [
    q(
      'SINGLE',
      'Czym jest phishing?',
      '*Podszywaniem się pod zaufaną instytucję w celu wyłudzenia danych',
      'Rodzajem zapory sieciowej',
      'Szyfrowaniem poczty',
      'Kopią zapasową danych',
    ),
    q(
      'MULTIPLE',
      'Które sygnały mogą świadczyć o phishingu?',
      '*Presja czasu i groźba blokady konta',
      '*Link do domeny podobnej do prawdziwej',
      '*Prośba o kod BLIK',
      'Wiadomość od znajomego z pracy o spotkaniu w kalendarzu firmowym',
    ),
    q(
      'SINGLE',
      'Jak bezpiecznie sprawdzić wiadomość „z banku” z linkiem?',
      'Kliknąć link i sprawdzić, czy strona wygląda dobrze',
      '*Wpisać adres banku samodzielnie w przeglądarce',
      'Odpowiedzieć na e-mail z pytaniem',
      'Przesłać dalej do znajomych',
    ),
    q(
      'SINGLE',
      'Ktoś dzwoni z „działu IT” i prosi o Twoje hasło. Co robisz?',
      'Podajesz hasło, bo to IT',
      '*Odmawiasz i zgłaszasz sprawę do działu IT',
      'Podajesz tylko połowę hasła',
      'Zmieniasz hasło i je podajesz',
    ),
    q(
      'SINGLE',
      'Jaka jest zalecana minimalna długość hasła?',
      '6 znaków',
      '8 znaków',
      '*12 znaków',
      'Długość nie ma znaczenia',
    ),
    q(
      'SINGLE',
      'Gdzie najlepiej przechowywać hasła?',
      'Na karteczce przy monitorze',
      'W pliku hasla.txt na pulpicie',
      '*W menedżerze haseł',
      'W notatkach telefonu',
    ),
    q(
      'SINGLE',
      'Co daje uwierzytelnianie dwuskładnikowe?',
      '*Chroni konto nawet po wycieku hasła',
      'Przyspiesza logowanie',
      'Zastępuje program antywirusowy',
      'Szyfruje dysk',
    ),
    q(
      'MULTIPLE',
      'Jak zabezpieczyć domowy router?',
      '*Zmienić domyślne hasło administratora',
      '*Włączyć WPA2 lub WPA3',
      'Wyłączyć wszystkie aktualizacje',
      '*Aktualizować oprogramowanie',
    ),
    q(
      'SINGLE',
      'Jak pracować bezpiecznie w publicznej sieci Wi-Fi?',
      '*Łączyć się z firmą przez VPN',
      'Wyłączyć zaporę sieciową',
      'Używać tylko trybu incognito',
      'Nie ma zagrożeń w publicznym Wi-Fi',
    ),
    q('SINGLE', 'Jaki skrót w Windows blokuje komputer?', 'Ctrl + C', '*Win + L', 'Alt + F4', 'Ctrl + Z'),
    q(
      'SINGLE',
      'Na czym polega „oszustwo na prezesa”?',
      '*Przestępca podszywa się pod przełożonego i żąda pilnego przelewu',
      'Prezes firmy zmienia hasła pracownikom',
      'Atak na serwer pocztowy',
      'Kradzież laptopa prezesa',
    ),
    q(
      'SINGLE',
      'Który drugi składnik logowania jest najbezpieczniejszy?',
      'Kod SMS',
      'Pytanie pomocnicze',
      '*Sprzętowy klucz bezpieczeństwa',
      'Data urodzenia',
    ),
  ],
};
