// The subject lists of exam years 2026 and 2027 as the data staff will later keep in the database
// (docs/matura.md). From CKE's lists as summarised in the notes (M9–M12): lodz.oke.gov.pl "Z jakich
// przedmiotów dodatkowych…", przewodnikmaturzysty.pl (source: cke.edu.pl), informatyka's choices
// from CKE's yearly "Komunikat o egzaminie maturalnym z informatyki". To check against each
// year's CKE "Informacja o sposobie organizacji i przeprowadzania egzaminu maturalnego".
import type { EnvironmentChoice, SubjectList, SubjectOffer } from '@/lib/matura/subjects';

const BOTH = ['2023', '2015'] as SubjectOffer['formulas'];

/**
 * Informatyka (M12): the declaration names the operating system, the office suite and the
 * programming language (C++, Java or Python since Formuła 2023; Pascal left the list).
 */
const INFORMATYKA_ENVIRONMENT: EnvironmentChoice[] = [
  { key: 'operatingSystem', options: [{ code: 'windows' }, { code: 'linux' }] },
  { key: 'officeSuite', options: [{ code: 'msOffice' }, { code: 'libreOffice' }] },
  { key: 'programmingLanguage', options: [{ code: 'cpp' }, { code: 'java' }, { code: 'python' }] },
];

const additional = (code: string): SubjectOffer => ({
  code,
  kind: 'additional',
  formulas: BOTH,
  written: ['extended'],
  oral: [],
});

/** The six languages with an extended and a bilingual level, written and oral (M9, M10). */
const foreign = (code: string): SubjectOffer => ({
  code,
  kind: 'modernForeign',
  formulas: BOTH,
  written: ['basic', 'extended', 'bilingual'],
  oral: ['none', 'bilingual'],
});

/** Minority, ethnic and regional languages: obligatory in schools teaching them (M3), or additional. */
const ownLanguage = (code: string, kind: 'minority' | 'ethnic' | 'regional'): SubjectOffer => ({
  code,
  kind,
  formulas: BOTH,
  written: ['basic', 'extended'],
  oral: ['none'],
});

function standardSubjects(): SubjectOffer[] {
  return [
    { code: 'polish', kind: 'core', formulas: BOTH, written: ['basic', 'extended'], oral: ['none'] },
    { code: 'mathematics', kind: 'core', formulas: BOTH, written: ['basic', 'extended'], oral: [] },
    foreign('english'),
    foreign('french'),
    foreign('spanish'),
    foreign('german'),
    foreign('russian'),
    foreign('italian'),
    // M11: Ukrainian is a modern foreign language from 2025, in Formuła 2023 only, without a
    // bilingual level [notes M11; level set to confirm in CKE's Informacja].
    { code: 'ukrainian', kind: 'modernForeign', formulas: ['2023'], written: ['basic', 'extended'], oral: ['none'] },
    additional('biology'),
    additional('chemistry'),
    additional('philosophy'),
    additional('physics'),
    additional('geography'),
    additional('history'),
    additional('musicHistory'),
    additional('artHistory'),
    { ...additional('informatyka'), environment: INFORMATYKA_ENVIRONMENT },
    additional('latin'),
    additional('civics'),
    ownLanguage('belarusian', 'minority'),
    ownLanguage('lithuanian', 'minority'),
    ownLanguage('germanMinority', 'minority'),
    ownLanguage('ukrainianMinority', 'minority'),
    ownLanguage('lemko', 'ethnic'),
    ownLanguage('kashubian', 'regional'),
  ];
}

export const SUBJECTS_2026: SubjectList = {
  examYear: 2026,
  source: 'CKE Informacja 2026 via notes M9-M12 (lodz.oke.gov.pl, przewodnikmaturzysty.pl)',
  subjects: standardSubjects(),
};

/** 2027 keeps 2026's list: no change announced in the sources read (check CKE's Informacja 2027). */
export const SUBJECTS_2027: SubjectList = {
  examYear: 2027,
  source: 'as 2026 until CKE Informacja 2027 is checked',
  subjects: standardSubjects(),
};

/** The built-in lists by exam year, until staff keep them in the database. */
export const SUBJECT_LISTS: Readonly<Record<number, SubjectList>> = { 2026: SUBJECTS_2026, 2027: SUBJECTS_2027 };
