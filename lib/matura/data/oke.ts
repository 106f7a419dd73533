// The eight regional examination commissions (OKE) and the voivodeships each serves, by the
// voivodeship's TERYT code: the first two digits of a school's OKE code suggest its commission.
// Source: docs/matura.md § OKE (plwiki "Okręgowa Komisja Egzaminacyjna", MEN regulation of
// 18 Feb 1999; hosts from the commissions' sites). Names and cities are in the catalogue
// (`matura.oke.<code>`, `matura.voivodeships.<teryt>`); OKEs have no numeric code of their own.

export type CommissionCode = 'gdansk' | 'jaworzno' | 'krakow' | 'lomza' | 'lodz' | 'poznan' | 'warszawa' | 'wroclaw';

export type Commission = {
  code: CommissionCode;
  /** TERYT codes of the voivodeships the commission serves. */
  voivodeships: readonly VoivodeshipCode[];
  /** The commission's web host. */
  web: string;
};

/** The sixteen voivodeships' TERYT codes (even numbers 02–32). */
export const VOIVODESHIPS = [
  '02',
  '04',
  '06',
  '08',
  '10',
  '12',
  '14',
  '16',
  '18',
  '20',
  '22',
  '24',
  '26',
  '28',
  '30',
  '32',
] as const;
export type VoivodeshipCode = (typeof VOIVODESHIPS)[number];

export const COMMISSIONS: readonly Commission[] = [
  { code: 'gdansk', voivodeships: ['04', '22'], web: 'oke.gda.pl' },
  // Seated in Katowice when founded in 1999; Jaworzno since.
  { code: 'jaworzno', voivodeships: ['24'], web: 'oke.jaworzno.pl' },
  { code: 'krakow', voivodeships: ['06', '12', '18'], web: 'oke.krakow.pl' },
  { code: 'lomza', voivodeships: ['20', '28'], web: 'oke.lomza.pl' },
  { code: 'lodz', voivodeships: ['10', '26'], web: 'lodz.oke.gov.pl' },
  { code: 'poznan', voivodeships: ['08', '30', '32'], web: 'oke.poznan.pl' },
  { code: 'warszawa', voivodeships: ['14'], web: 'oke.waw.pl' },
  { code: 'wroclaw', voivodeships: ['02', '16'], web: 'oke.wroc.pl' },
];

export const isVoivodeshipCode = (s: string): s is VoivodeshipCode => (VOIVODESHIPS as readonly string[]).includes(s);

export const isCommissionCode = (s: string): s is CommissionCode => COMMISSIONS.some((c) => c.code === s);

/** The commission serving a voivodeship (each voivodeship has exactly one). */
export function commissionOf(voivodeship: VoivodeshipCode): Commission {
  const found = COMMISSIONS.find((c) => c.voivodeships.includes(voivodeship));
  if (!found) throw new Error(`No commission serves voivodeship ${voivodeship}`);
  return found;
}
