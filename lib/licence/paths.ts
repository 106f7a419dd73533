// The school licence's addresses (issue 23): the public order form, the school's own page and the
// staff panel's list of schools. Polish in URLs, as everywhere.
export const PLANNER_PATH = '/planer';
export const LICENCE_ORDER_PATH = '/planer/zamowienie';
export const LICENCE_ORDERED_PATH = '/planer/zamowienie/wyslane';
export const SCHOOL_PATH = '/planer/szkola';
export const PANEL_SCHOOLS_PATH = '/panel/szkoly';
/** CKE's timetable per exam year (lib/matura/timetable.ts). */
export const PANEL_TIMETABLE_PATH = '/panel/szkoly/harmonogram';
/** Each exam year's list of matura subjects and levels (lib/matura/subject-list-admin.ts). */
export const PANEL_SUBJECTS_PATH = '/panel/szkoly/przedmioty';
export const panelSubjectListJsonPath = (examYear: number) => `${PANEL_SUBJECTS_PATH}/${examYear}/lista.json`;
/** The offer a licence is ordered on (lib/demo/billing.ts, plan 'licence-proforma'). */
export const LICENCE_OFFER_SLUG = 'licencja-szkolna';

/**
 * A school's planner: every page of it carries the school's id, so a teacher of two schools always
 * works in the one the address names, and every loader checks that school (schoolAccess → 404).
 */
export const PLANNER_SECTIONS = {
  overview: '',
  students: '/uczniowie',
  summaries: '/podsumowania',
  rooms: '/sale',
  teachers: '/nauczyciele',
  printouts: '/wydruki',
  school: '/szkola',
  licence: '/licencja',
} as const;
export type PlannerSection = keyof typeof PLANNER_SECTIONS;
export const plannerPath = (schoolId: string, section: PlannerSection = 'overview', rest = '') =>
  `/planer/szkoly/${schoolId}${PLANNER_SECTIONS[section]}${rest}`;
