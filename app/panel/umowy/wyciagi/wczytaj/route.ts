// Upload of a bank statement (MT940, ≤ 1 MB; its encoding is sniffed by the import): staff with
// `contracts:manage`, same-site only; answers JSON for the upload form, which then opens the
// import's result (booked lines and those left for staff).
import { crossSite, routeUser } from '@/lib/http/route';
import { BodyTooLarge, formFile } from '@/lib/http/form-file';
import { crossSiteRefused, jsonRefusal, notFound } from '@/lib/http/responses';
import { UserError, userErrorText } from '@/lib/errors';
import { messages } from '@/lib/i18n';
import { importStatement } from '@/lib/billing/bank/import';
import { PANEL_STATEMENTS_PATH } from '@/lib/billing/queries/paths';
import { currentLocale } from '@/lib/locale/current';

const MAX_BYTES = 1024 * 1024;

export async function POST(req: Request) {
  const locale = await currentLocale();
  const user = await routeUser('contracts:manage');
  if (!user) return notFound();
  if (crossSite(req)) return crossSiteRefused();
  const t = messages(locale).billingPanel.statements;
  try {
    const file = await formFile(req, 'file', MAX_BYTES + 64 * 1024);
    if (!file) return jsonRefusal(t.fileMissing, 422);
    if (file.bytes.length > MAX_BYTES) return jsonRefusal(t.fileTooBig, 413);
    const result = await importStatement({ fileName: file.name, content: file.bytes, importedById: user.id });
    return Response.json({ ok: true, redirect: `${PANEL_STATEMENTS_PATH}?wyciag=${result.importId}` });
  } catch (e) {
    if (e instanceof BodyTooLarge) return jsonRefusal(t.fileTooBig, 413);
    if (e instanceof UserError) return jsonRefusal(userErrorText(e).error, 422);
    throw e;
  }
}
