// Upload of a participant list: decoded and checked, stored as a preview, never provisioned here.
// `?zastepuje=<uploadId>`: a corrected file sent from a preview replaces that preview.
import { createUpload } from '@/lib/groups/list/uploads';
import { groupUploadRoute } from '@/lib/groups/http';
import { messages } from '@/lib/i18n';
import { withValidParams } from '@/lib/http/ids';

const t = messages().groups;

export const POST = withValidParams(async (req: Request, ctx: { params: Promise<{ id: string }> }) => {
  const replaces = new URL(req.url).searchParams.get('zastepuje') ?? undefined;
  return groupUploadRoute(t.listTooLarge, async (viewer, id, file) => {
    const upload = await createUpload(viewer, id, file, replaces);
    return upload ? { redirect: `/grupy/${id}/lista/${upload.id}` } : null;
  })(req, ctx);
});
