import type { Metadata } from 'next';
import { FamilyTermsView, familyTermsWording } from '@/components/legal/family-terms';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  return { title: familyTermsWording(await currentLocale()).metaTitle };
}

// The terms of subject packages for children (components/legal/family-terms.tsx): Polish, or for
// a reader of another language the English courtesy translation above the binding Polish original.
export default async function FamilyTermsPage() {
  return <FamilyTermsView locale={await currentLocale()} />;
}
