// The subjects a programme teaches: stored codes, one list, so the parents' finder filters on
// them and never splits "Matematyka" from "matematyka". Their names are in the catalogue.
export const CENTRE_SUBJECTS = ['maths', 'programming'] as const;
export type CentreSubject = (typeof CENTRE_SUBJECTS)[number];

export const isCentreSubject = (s: string): s is CentreSubject => (CENTRE_SUBJECTS as readonly string[]).includes(s);
