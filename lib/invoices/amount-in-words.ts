// "słownie" line of an invoice: the amount in Polish words, grosze as a fraction (20/100).

const UNITS = ['', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'];
const TEENS = [
  'dziesięć',
  'jedenaście',
  'dwanaście',
  'trzynaście',
  'czternaście',
  'piętnaście',
  'szesnaście',
  'siedemnaście',
  'osiemnaście',
  'dziewiętnaście',
];
const TENS = [
  '',
  '',
  'dwadzieścia',
  'trzydzieści',
  'czterdzieści',
  'pięćdziesiąt',
  'sześćdziesiąt',
  'siedemdziesiąt',
  'osiemdziesiąt',
  'dziewięćdziesiąt',
];
const HUNDREDS = [
  '',
  'sto',
  'dwieście',
  'trzysta',
  'czterysta',
  'pięćset',
  'sześćset',
  'siedemset',
  'osiemset',
  'dziewięćset',
];

type Forms = readonly [one: string, few: string, many: string];
const SCALES: readonly Forms[] = [
  ['tysiąc', 'tysiące', 'tysięcy'],
  ['milion', 'miliony', 'milionów'],
  ['miliard', 'miliardy', 'miliardów'],
];
const CURRENCY_WORDS: Record<string, Forms> = {
  PLN: ['złoty', 'złote', 'złotych'],
  GBP: ['funt szterling', 'funty szterlingi', 'funtów szterlingów'],
  EUR: ['euro', 'euro', 'euro'],
  USD: ['dolar amerykański', 'dolary amerykańskie', 'dolarów amerykańskich'],
};

/** Polish plural: 1 → one; 2–4, 22–24, … (but not 12–14) → few; everything else → many. */
export function pluralForm(n: number, forms: Forms): string {
  if (n === 1) return forms[0];
  const lastTwo = n % 100;
  const last = n % 10;
  return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? forms[1] : forms[2];
}

function below1000(n: number): string[] {
  const words = [HUNDREDS[Math.floor(n / 100)]];
  const rest = n % 100;
  if (rest >= 10 && rest < 20) words.push(TEENS[rest - 10]);
  else words.push(TENS[Math.floor(rest / 10)], UNITS[rest % 10]);
  return words.filter(Boolean);
}

/** 2399 → "dwa tysiące trzysta dziewięćdziesiąt dziewięć"; integers 0 … 999 999 999 999. */
export function numberInWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0 || n >= 1e12) throw new Error(`Liczba poza zakresem: ${n}`);
  if (n === 0) return 'zero';
  const words: string[] = [];
  for (let scale = SCALES.length; scale >= 1; scale--) {
    const group = Math.floor(n / 1000 ** scale) % 1000;
    // "jeden tysiąc", not just "tysiąc": financial documents spell the one out so nothing can be slipped in.
    if (group > 0) words.push(...below1000(group), pluralForm(group, SCALES[scale - 1]));
  }
  words.push(...below1000(n % 1000));
  return words.join(' ');
}

/** 239920 gr → "dwa tysiące trzysta dziewięćdziesiąt dziewięć złotych 20/100"; GBP, EUR, USD likewise. */
export function amountInWords(minor: number, currency = 'PLN'): string {
  const forms = CURRENCY_WORDS[currency];
  if (!forms) throw new Error(`Nieznana waluta: ${currency}`);
  if (!Number.isSafeInteger(minor) || minor < 0) throw new Error(`Nieprawidłowa kwota: ${minor}`);
  const zloty = Math.floor(minor / 100);
  const grosze = String(minor % 100).padStart(2, '0');
  return `${numberInWords(zloty)} ${pluralForm(zloty, forms)} ${grosze}/100`;
}
