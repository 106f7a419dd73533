// Demo level A2: the past tense, cases in everyday situations, travel and health; its level test bank.
import type { LanguageLevelContent } from './types';
import { gaps, matching, ordering, q, short, tf } from './helpers';

export const a2: LanguageLevelContent = {
  cefr: 'A2',
  slug: 'polski-a2',
  title: 'Polski A2 — codzienne sprawy',
  summary: 'Czas przeszły, podróże, u lekarza i w urzędzie: polski na co dzień.',
  description:
    'Poziom A2 pozwala załatwiać codzienne sprawy: opowiedzieć, co się wydarzyło, umówić wizytę u lekarza, kupić bilet, zapytać w urzędzie. Ćwiczymy dopełniacz i miejscownik w typowych sytuacjach.',
  hours: 60,
  monthly: 24_900,
  full: 129_000,
  pdf: {
    fileName: 'polski-a2-czas-przeszly.pdf',
    title: 'Karta pracy A2: czas przeszły',
    lines: [
      'ja (mężczyzna): byłem, poszedłem, zrobiłem',
      'ja (kobieta): byłam, poszłam, zrobiłam',
      'on: był, poszedł, zrobił — ona: była, poszła, zrobiła',
      'my: byliśmy / byłyśmy — oni: byli — one: były',
      'Ćwiczenie: napisz pięć zdań o tym, co robiłeś / robiłaś w weekend.',
    ],
  },
  modules: [
    {
      title: 'Co się wydarzyło?',
      lessons: [
        {
          title: 'Czas przeszły: byłem, byłam, byliśmy',
          minutes: 25,
          body: `# Czas przeszły

| osoba | mężczyzna | kobieta |
|---|---|---|
| ja | był**em** | był**am** |
| ty | był**eś** | był**aś** |
| on / ona | był | był**a** |

**Wczoraj byłam w kinie.** **W sobotę poszliśmy na spacer.**

Do lekcji jest karta pracy PDF z odmianą.`,
        },
        {
          title: 'Weekend: opowiadamy o wolnym czasie',
          minutes: 20,
          body: `# Weekend

- **W sobotę** pojechałem nad jezioro.
- **W niedzielę** odpoczywałam w domu.
- **Co robiłeś w weekend?** — Spotkałem się z przyjaciółmi.`,
        },
      ],
    },
    {
      title: 'Sprawy do załatwienia',
      lessons: [
        {
          title: 'U lekarza: co panu dolega?',
          minutes: 20,
          body: `# U lekarza

- **Boli mnie** głowa / gardło / brzuch.
- **Mam gorączkę.** **Mam katar.**
- **Chciałbym / Chciałabym się umówić** na wizytę.`,
        },
        {
          title: 'Na dworcu: bilet, peron, przesiadka',
          minutes: 20,
          body: `# Na dworcu

- **Poproszę bilet** do Krakowa, normalny / ulgowy.
- Pociąg odjeżdża **z peronu drugiego**.
- **Czy muszę się przesiadać?**`,
        },
      ],
    },
  ],
  questions: [
    q('SINGLE', '„Wczoraj (ja, mężczyzna) …… w pracy.”', '*byłem', 'byłam', 'jestem', 'będę'),
    q('SINGLE', '„W sobotę (my) …… na spacer.”', '*poszliśmy', 'poszłyśmy się', 'idziemy', 'pójdziemy'),
    q('SINGLE', '„Boli mnie ……”', '*głowa', 'głowę', 'głowie', 'głową'),
    q('SINGLE', '„Nie mam ……”', '*czasu', 'czas', 'czasem', 'czasie'),
    q('MULTIPLE', 'Które formy są w czasie przeszłym? Zaznacz wszystkie.', '*czytałam', '*poszedł', 'czytam', 'pójdę'),
    tf('Prawda czy fałsz: „bilet ulgowy” jest tańszy niż normalny.', true),
    tf('Prawda czy fałsz: „Mam katar” mówimy, gdy boli nas noga.', false),
    short('Podaj formę czasu przeszłego: ona (być) → ……', ['była']),
    gaps('Mieszkam w [[1]], ale pracuję w [[2]].', [
      ['Gdańsku', 'Gdańsk', 'Gdańska'],
      ['Sopocie', 'Sopot', 'Sopotu'],
    ]),
    matching('Dopasuj objaw do zdania.', [
      ['gorączka', 'Mam 39 stopni.'],
      ['katar', 'Ciągle kicham.'],
      ['ból gardła', 'Trudno mi przełykać.'],
    ]),
    ordering('Ułóż zdanie we właściwej kolejności.', ['Pociąg', 'do', 'Krakowa', 'odjeżdża', 'o', 'ósmej']),
    q(
      'SINGLE',
      'Co mówisz w kasie biletowej?',
      '*Poproszę bilet do Poznania.',
      'Poproszę peron.',
      'Jestem bilet.',
      'Mam pociąg.',
    ),
  ],
};
