import { q, SAMPLE_VIDEO, type DemoCourseContent } from './types';

export const angielski: DemoCourseContent = {
  slug: 'angielski-b1',
  settings: { passMarkPercent: 65, testQuestionCount: 10, maxAttempts: 3, timeLimitMinutes: null },
  modules: [
    {
      title: 'Czasy przeszłe',
      lessons: [
        {
          title: 'Past Simple czy Present Perfect?',
          minutes: 15,
          videoUrl: SAMPLE_VIDEO,
          body: `# Past Simple czy Present Perfect?

**Past Simple** opisuje zakończoną czynność w określonym czasie w przeszłości:

- *I **visited** London **last year**.*
- *She **called** me **yesterday**.*

**Present Perfect** łączy przeszłość z teraźniejszością — liczy się skutek albo doświadczenie, nie moment:

- *I **have visited** London three times.*
- *She **has** just **called** me.*

## Słowa-wskazówki

- Past Simple: *yesterday, last week, in 2019, ago*,
- Present Perfect: *ever, never, already, yet, just, since, for*.`,
        },
        {
          title: 'Past Continuous',
          minutes: 10,
          body: `# Past Continuous

Opisuje czynność **w trakcie** w danym momencie przeszłości: *was/were + czasownik z -ing*.

- *At 8 p.m. I **was watching** TV.*
- *We **were having** dinner when the phone **rang**.*

> Dłuższa czynność w tle — Past Continuous; krótka czynność, która ją przerywa — Past Simple.`,
        },
      ],
    },
    {
      title: 'Tryby warunkowe',
      lessons: [
        {
          title: 'Zero i First Conditional',
          minutes: 12,
          body: `# Zero i First Conditional

**Zero Conditional** — prawdy ogólne: *If + Present Simple, Present Simple*.

- *If you heat water to 100°C, it **boils**.*

**First Conditional** — realna sytuacja w przyszłości: *If + Present Simple, will + bezokolicznik*.

- *If it **rains** tomorrow, we **will stay** at home.*

Po *if* w First Conditional **nie używamy will**.`,
        },
        {
          title: 'Second Conditional',
          minutes: 12,
          body: `# Second Conditional

Sytuacje **nierealne lub mało prawdopodobne** teraz lub w przyszłości: *If + Past Simple, would + bezokolicznik*.

- *If I **had** more time, I **would learn** Spanish.*
- *If I **were** you, I **would take** that job.*

W zwrocie *If I were you* używamy **were** dla wszystkich osób.`,
        },
      ],
    },
    {
      title: 'Słownictwo zawodowe',
      lessons: [
        {
          title: 'E-mail służbowy po angielsku',
          minutes: 10,
          body: `# E-mail służbowy

## Zwroty otwierające

- *Dear Mr Smith,* — do znanej z nazwiska osoby,
- *Dear Sir or Madam,* — gdy nie znamy adresata.

## Przydatne zwroty

- *I am writing to enquire about…* — piszę, aby zapytać o…,
- *Please find attached…* — w załączeniu przesyłam…,
- *I look forward to hearing from you.* — czekam na odpowiedź.

## Zakończenie

*Kind regards,* albo *Best regards,* a pod spodem imię i nazwisko.`,
          attachment: {
            fileName: 'zwroty-email.txt',
            mimeType: 'text/plain; charset=utf-8',
            text: `ZWROTY DO E-MAILA SŁUŻBOWEGO\n\nDear Mr Smith, — Szanowny Panie,\nDear Sir or Madam, — Szanowni Państwo,\nI am writing to enquire about… — Piszę, aby zapytać o…\nPlease find attached… — W załączeniu przesyłam…\nI look forward to hearing from you. — Czekam na odpowiedź.\nKind regards, — Z poważaniem,\n`,
          },
        },
      ],
    },
  ],
  questions: [
    q(
      'SINGLE',
      'Wybierz poprawne zdanie: „Byłem w Londynie w zeszłym roku.”',
      '*I visited London last year.',
      'I have visited London last year.',
      'I was visiting London last year.',
      'I visit London last year.',
    ),
    q('SINGLE', 'Uzupełnij: „She ___ just ___ me.”', 'did / call', '*has / called', 'was / calling', 'is / called'),
    q(
      'MULTIPLE',
      'Które określenia czasu zwykle łączą się z Present Perfect?',
      '*already',
      '*yet',
      'yesterday',
      '*ever',
    ),
    q('SINGLE', 'Uzupełnij: „We ___ dinner when the phone rang.”', 'had', '*were having', 'have had', 'are having'),
    q('SINGLE', 'Uzupełnij: „If you heat water to 100°C, it ___.”', '*boils', 'will boil', 'would boil', 'boiled'),
    q(
      'SINGLE',
      'Uzupełnij: „If it ___ tomorrow, we will stay at home.”',
      'will rain',
      '*rains',
      'rained',
      'would rain',
    ),
    q('SINGLE', 'Uzupełnij: „If I ___ more time, I would learn Spanish.”', 'have', '*had', 'will have', 'would have'),
    q(
      'SINGLE',
      'Jak poprawnie udzielić rady?',
      'If I am you, I take that job.',
      '*If I were you, I would take that job.',
      'If I was you, I will take that job.',
      'If I be you, I would take that job.',
    ),
    q(
      'SINGLE',
      'Jak zacząć e-mail, gdy nie znasz adresata?',
      'Hi guys,',
      '*Dear Sir or Madam,',
      'Dear Friend,',
      'Hello you,',
    ),
    q(
      'SINGLE',
      'Co znaczy „Please find attached…”?',
      'Proszę znaleźć załącznik w internecie',
      '*W załączeniu przesyłam…',
      'Proszę dołączyć plik',
      'Załącznik został usunięty',
    ),
    q(
      'MULTIPLE',
      'Którymi zwrotami można zakończyć e-mail służbowy?',
      '*Kind regards,',
      '*Best regards,',
      'See ya,',
      'XOXO,',
    ),
    q(
      'SINGLE',
      'Który czas opisuje czynność w trakcie w określonym momencie przeszłości?',
      'Past Simple',
      '*Past Continuous',
      'Present Perfect',
      'Present Simple',
    ),
  ],
};
