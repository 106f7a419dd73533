// The demo placement test (test kwalifikacyjny): five questions per band A1–C1, of mixed kinds and
// rising difficulty; the bank rules draw four of each. Plain data, so the e2e knows the key.
import type { DemoQuestion } from '@/lib/demo/courses/types';
import { gaps, inBand, matching, ordering, q, short, tf } from './helpers';

export const PLACEMENT_SLUG = 'polski-test-kwalifikacyjny';
export const PLACEMENT_PER_BAND = 4;

export const PLACEMENT_QUESTIONS: DemoQuestion[] = [
  ...inBand('A1', [
    q('SINGLE', 'Jak się przedstawisz? „…… Anna.”', '*Mam na imię', 'Nazywam', 'Jestem się', 'Mam imię się'),
    q('SINGLE', 'Która forma jest poprawna? „Ja …… kawę.”', '*piję', 'pije', 'pijesz', 'pijemy'),
    tf('Prawda czy fałsz: „Dzień dobry” mówimy rano i w ciągu dnia.', true),
    matching('Dopasuj liczbę do słowa.', [
      ['3', 'trzy'],
      ['7', 'siedem'],
      ['10', 'dziesięć'],
    ]),
    short('Napisz po polsku: dziękuję czy proszę? Co mówisz, gdy ktoś ci coś daje? (jedno słowo)', ['dziękuję']),
  ]),
  ...inBand('A2', [
    q('SINGLE', '„Wczoraj …… do kina.” (ja, kobieta)', '*poszłam', 'poszedłem', 'idę', 'pójdę'),
    gaps('Mieszkam w [[1]] od dwóch lat.', [['Krakowie', 'Kraków', 'Krakowa']]),
    q(
      'SINGLE',
      'Wybierz poprawne zdanie.',
      '*Nie mam samochodu.',
      'Nie mam samochód.',
      'Nie mam samochodem.',
      'Nie mam samochodzie.',
    ),
    tf('Prawda czy fałsz: „jutro” znaczy dzień po dzisiejszym.', true),
    ordering('Ułóż zdanie we właściwej kolejności.', ['W', 'sobotę', 'jedziemy', 'nad', 'morze']),
  ]),
  ...inBand('B1', [
    q('SINGLE', '„Gdybym miał czas, …… z tobą.”', '*poszedłbym', 'pójdę', 'poszedłem', 'idę'),
    gaps('Czekam [[1]] autobus już dwadzieścia minut.', [['na', 'za', 'o']]),
    q('MULTIPLE', 'Które czasowniki są dokonane? Zaznacz wszystkie.', '*napisać', '*przeczytać', 'czytać', 'pisać'),
    matching('Dopasuj wyrażenie do znaczenia.', [
      ['mieć pecha', 'nie mieć szczęścia'],
      ['trzymać kciuki', 'życzyć komuś powodzenia'],
      ['mieć głowę na karku', 'być rozsądnym'],
    ]),
    short('Podaj dopełniacz liczby mnogiej słowa „książka” („nie ma …”).', ['książek']),
  ]),
  ...inBand('B2', [
    q(
      'SINGLE',
      '„Projekt …… przez zespół w zeszłym tygodniu.”',
      '*został ukończony',
      'ukończył',
      'będzie ukończył',
      'ukończony był się',
    ),
    gaps('Mimo [[1]] deszczu poszliśmy na spacer.', [['ulewnego', 'ulewny', 'ulewnym']]),
    q(
      'SINGLE',
      'Które zdanie jest w mowie zależnej poprawne? (Powiedział: „Jestem zmęczony”.)',
      '*Powiedział, że jest zmęczony.',
      'Powiedział, że był zmęczony jestem.',
      'Powiedział, żeby jest zmęczony.',
      'Powiedział, czy jest zmęczony.',
    ),
    tf('Prawda czy fałsz: „zdawać egzamin” znaczy to samo co „zdać egzamin”.', false),
    ordering('Ułóż zdanie we właściwej kolejności.', ['Gdyby', 'nie', 'korki,', 'bylibyśmy', 'na', 'czas']),
  ]),
  ...inBand('C1', [
    q(
      'SINGLE',
      'Wybierz słowo o znaczeniu najbliższym „niebagatelny”.',
      '*znaczący',
      'błahy',
      'niezręczny',
      'nieuchwytny',
    ),
    gaps('Decyzję podjęto, [[1]] uwagę na koszty.', [['zwracając', 'zwróciwszy się', 'zwracany']]),
    q(
      'MULTIPLE',
      'Które zwroty są typowe dla stylu urzędowego? Zaznacz wszystkie.',
      '*uprzejmie informuję',
      '*w nawiązaniu do pisma',
      'no to słuchaj',
      'co tam u ciebie',
    ),
    matching('Dopasuj frazeologizm do znaczenia.', [
      ['owijać w bawełnę', 'mówić nie wprost'],
      ['wziąć coś za dobrą monetę', 'uwierzyć w coś naiwnie'],
      ['dolewać oliwy do ognia', 'zaostrzać konflikt'],
    ]),
    short('Utwórz imiesłów przysłówkowy uprzedni od „przeczytać”.', ['przeczytawszy']),
  ]),
];

export const PLACEMENT_RULES = ['A1', 'A2', 'B1', 'B2', 'C1'].map((category) => ({
  category,
  count: PLACEMENT_PER_BAND,
}));
