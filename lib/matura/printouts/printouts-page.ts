// What the printouts page shows (issue 23, A7): the downloads with a sentence each, and after a
// refused download (?odmowa=1) why it was refused — what to pay and by when, or that the licence
// is void or purged. Pure: the page passes the access it already loaded.
import { messages } from '@/lib/i18n';
import { formatDate } from '@/lib/format/time';
import { formatMoney } from '@/lib/format/money';
import { plannerPath } from '@/lib/licence/paths';
import type { SchoolAccess } from '@/lib/licence/access';

/** The query flag of the printouts page after a refused download (lib/matura/printouts/route.ts). */
export const REFUSED_PARAM = 'odmowa';

export const PRINTOUTS = [
  ['declarations', '/deklaracje.pdf'],
  ['subjectsPdf', '/przedmioty.pdf'],
  ['subjectsXlsx', '/przedmioty.xlsx'],
  ['students', '/uczniowie.xlsx'],
  ['rooms', '/sale.pdf'],
  ['teams', '/zespoly.pdf'],
] as const;
export type PrintoutKey = (typeof PRINTOUTS)[number][0];

export type PrintoutsPage = {
  downloads: { key: PrintoutKey; href: string; name: string; about: string }[];
  refusal: { tone: 'warning' | 'error' | 'info'; text: string; pay: boolean } | null;
};

/** A download's address: `plannerPath(schoolId, 'printouts', '/deklaracje.pdf')`. */
export const printoutPath = (schoolId: string, key: PrintoutKey, query = '') =>
  plannerPath(schoolId, 'printouts', `${PRINTOUTS.find(([k]) => k === key)![1]}${query}`);

export function printoutsPage(access: SchoolAccess, refused: boolean): PrintoutsPage {
  const t = messages().plannerPrintouts.page;
  return {
    downloads: PRINTOUTS.map(([key]) => ({
      key,
      href: printoutPath(access.schoolId, key),
      name: t.files[key].name,
      about: t.files[key].about,
    })),
    refusal: refused ? refusalOf(access) : null,
  };
}

function refusalOf(access: SchoolAccess): PrintoutsPage['refusal'] {
  const r = messages().plannerPrintouts.page.refused;
  const pf = access.licence?.proforma;
  switch (access.level) {
    case 'restricted':
      return {
        tone: 'warning',
        text: pf
          ? r.unpaid(pf.number, formatMoney(pf.amount, pf.currency), formatDate(pf.deadline))
          : r.unpaidNoProforma,
        pay: true,
      };
    case 'blocked':
      return { tone: 'error', text: r.blocked, pay: false };
    case 'read-only':
      return { tone: 'info', text: r.readOnly, pay: false };
    default:
      // Paid since the refusal (a stale address): nothing to explain.
      return null;
  }
}
