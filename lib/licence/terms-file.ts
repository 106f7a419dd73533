// The licence terms as a PDF for the order form's link (read before ordering, seed §2.8), rendered
// by the same code as the copy attached to the pro-forma e-mail.
import { legalContext } from '@/lib/legal/pages';
import { schoolLicenceTerms } from '@/lib/legal/terms/school-licence';
import { renderTermsPdf } from '@/lib/orders/confirmation/terms-pdf';
import { fileNameOf } from '@/lib/orders/confirmation/documents';

export async function licenceTermsFile() {
  const pdf = await renderTermsPdf(schoolLicenceTerms.render(legalContext()));
  return { fileName: fileNameOf('terms', { number: '', termsVersion: schoolLicenceTerms.version }), pdf };
}
