// Upload of a participant list: decoded and checked, stored as a preview, never provisioned here.
import { createUpload } from '@/lib/groups/list/uploads';
import { groupUploadRoute } from '@/lib/groups/http';
import { messages } from '@/lib/i18n';

const t = messages().groups;

export const POST = groupUploadRoute(t.listTooLarge, async (viewer, id, file) => {
  const upload = await createUpload(viewer, id, file);
  return upload ? { redirect: `/grupy/${id}/lista/${upload.id}` } : null;
});
