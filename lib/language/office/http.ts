// The office thread's route handlers (files go through route handlers: server actions cap bodies at
// 1 MB): a message posted as a multipart form answers JSON for the form beside its fields, a file
// is sent under its stored name and sniffed type, and anyone not one of the thread's sides gets 404.
import { storedFileResponse } from '@/lib/storage/download';
import { NotFoundError, UserError, userErrorText } from '@/lib/errors';
import { BodyTooLarge, MAX_UPLOAD_BODY, readForm } from '@/lib/http/form-file';
import { jsonRefusal, notFound } from '@/lib/http/responses';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';
import { MAX_FILES, type UploadedFile } from './rules/attachments';
import { threadFile } from './thread';
import { writeOfficeMessage, type Writer } from './write';

/** The form's files (the field `files`, repeated), at most one more than allowed so the rule can say so. */
async function uploadedFiles(form: FormData): Promise<UploadedFile[]> {
  const files = form
    .getAll('files')
    .filter((f): f is File => f instanceof File && (f.size > 0 || f.name !== ''))
    .slice(0, MAX_FILES + 1);
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

/** POST of a message by `writer` (the route has checked who and that it came from this site). */
export async function postOfficeMessage(req: Request, writer: Writer): Promise<Response> {
  const locale = await currentLocale();
  const t = messages(locale).languageOffice;
  let form: FormData | null;
  try {
    form = await readForm(req, MAX_UPLOAD_BODY);
  } catch (e) {
    if (e instanceof BodyTooLarge) {
      const error = t.errors.bodyTooLarge;
      return Response.json({ ok: false, error, fieldErrors: { files: error } }, { status: 413 });
    }
    throw e;
  }
  if (!form) return jsonRefusal(t.form.failed, 400);
  try {
    const body = form.get('body');
    await writeOfficeMessage(writer, typeof body === 'string' ? body : '', await uploadedFiles(form));
    return Response.json({ ok: true, message: t.form.sent });
  } catch (e) {
    if (e instanceof NotFoundError) return notFound();
    if (e instanceof UserError) return Response.json({ ok: false, ...userErrorText(e, locale) }, { status: 422 });
    throw e;
  }
}

/** GET of a message's file for one of the thread's sides (null viewer or not theirs → 404). */
export async function getOfficeFile(
  fileId: string,
  viewer: { side: 'learner'; userId: string } | { side: 'office' } | null,
): Promise<Response> {
  if (!viewer) return notFound();
  const file = await threadFile(fileId, viewer);
  if (!file) return notFound();
  return storedFileResponse(file.fileKey, file.fileName, file.mimeType, { size: file.size });
}
