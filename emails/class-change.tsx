import { messages, type Locale } from '@/lib/i18n';
import { className, type ClassNumber } from '@/lib/families/rules/class-table';
import { EmailButton, EmailLayout } from './layout';

// Staff's decision on a parent's request for a class one year up or down (regulamin §4.8).
export type ClassChangeProps = {
  firstName: string;
  childName: string;
  approved: boolean;
  /** The class the child now follows in `schoolYear` (0: zerówka), named in the reader's language; null: none. */
  classNumber: ClassNumber | null;
  schoolYear: string;
  link: string;
};

const t = (locale: Locale) => messages(locale).emailsFamilies;

export const subject = ({ approved, childName }: Pick<ClassChangeProps, 'approved' | 'childName'>, locale: Locale) =>
  approved ? t(locale).classChange.approvedSubject(childName) : t(locale).classChange.rejectedSubject(childName);

const decision = (p: ClassChangeProps, locale: Locale) =>
  (p.approved ? t(locale).classChange.approved : t(locale).classChange.rejected)(
    p.childName,
    p.schoolYear,
    p.classNumber === null ? '—' : className(p.classNumber, locale),
  );

export function ClassChangeEmail(p: ClassChangeProps, locale: Locale) {
  return (
    <EmailLayout title={subject(p, locale)} locale={locale}>
      <p>{messages(locale).emails.greeting(p.firstName)}</p>
      <p>{decision(p, locale)}</p>
      <EmailButton href={p.link}>{t(locale).myFamily}</EmailButton>
    </EmailLayout>
  );
}

export const text = (p: ClassChangeProps, locale: Locale) => {
  const { emails } = messages(locale);
  return `${emails.greeting(p.firstName)}\n\n${decision(p, locale)}\n\n${t(locale).myFamilyLink(p.link)}\n\n${emails.signature}`;
};
