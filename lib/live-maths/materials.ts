// The materials of one live class (matplaneta Live: "finds the materials of each class"): the
// session's teacher or live staff attach files; the class's booked (or attended) learners, their
// parents, the teacher and staff download them; anyone else gets a 404, as if there were none.
import { withNewFile } from '@/lib/storage';
import { db } from '@/lib/db/client';
import { NotFoundError, UserError } from '@/lib/errors';
import { isLiveStaff, type LiveViewer } from '@/lib/live/access';

export const MATERIAL_MAX_BYTES = 10 * 1024 * 1024;
/** What a class's material may be: documents and pictures, by the file's extension. */
const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  txt: 'text/plain',
};
export const MATERIAL_ACCEPT = Object.keys(TYPES)
  .map((e) => `.${e}`)
  .join(',');

export const materialPath = (id: string) => `/api/zajecia/materialy/${id}`;

async function mayTeach(viewer: LiveViewer, sessionId: string) {
  const s = await db().liveSession.findUnique({ where: { id: sessionId }, select: { teacherId: true } });
  if (!s) return null;
  return isLiveStaff(viewer) || s.teacherId === viewer.id;
}

export async function addMaterial(viewer: LiveViewer, sessionId: string, file: { name: string; bytes: Uint8Array }) {
  if (!(await mayTeach(viewer, sessionId))) throw new NotFoundError('live session');
  const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
  const mimeType = TYPES[ext];
  if (!mimeType) throw new UserError('liveMaths.materials.badType');
  if (file.bytes.length === 0) throw new UserError('liveMaths.materials.empty');
  if (file.bytes.length > MATERIAL_MAX_BYTES) throw new UserError('liveMaths.materials.tooBig');
  return withNewFile({ kind: 'live-materials', body: file.bytes, contentType: mimeType }, (stored) =>
    db().$transaction(async (tx) => {
      await stored.save(tx);
      return tx.liveSessionMaterial.create({
        data: { sessionId, fileName: file.name.slice(0, 200), mimeType, size: file.bytes.length, fileKey: stored.key },
        select: { id: true },
      });
    }),
  );
}

const listSelect = { id: true, sessionId: true, fileName: true, size: true, createdAt: true } as const;

/** The teacher's list on the session page (the page itself checks who may see it). */
export const sessionMaterials = (sessionId: string) =>
  db().liveSessionMaterial.findMany({ where: { sessionId }, select: listSelect, orderBy: { createdAt: 'asc' } });

/** Where the learner holds (or held) a place: the sessions' materials, for /zajecia. */
export async function learnerMaterials(learnerId: string) {
  const rows = await db().liveSessionMaterial.findMany({
    where: { session: { bookings: { some: { userId: learnerId, OR: [{ status: 'BOOKED' }, { attended: true }] } } } },
    select: { ...listSelect, session: { select: { startsAt: true, group: { select: { title: true } } } } },
    orderBy: [{ session: { startsAt: 'desc' } }, { createdAt: 'asc' }],
    take: 100,
  });
  return rows;
}

/** The file, for the viewer allowed to read it; null (→ 404) for anyone else. */
export async function materialForViewer(viewer: LiveViewer, materialId: string) {
  const m = await db().liveSessionMaterial.findUnique({
    where: { id: materialId },
    select: { fileName: true, mimeType: true, fileKey: true, session: { select: { id: true, teacherId: true } } },
  });
  if (!m) return null;
  if (isLiveStaff(viewer) || m.session.teacherId === viewer.id) return m;
  const place = await db().liveBooking.findFirst({
    where: {
      sessionId: m.session.id,
      OR: [{ status: 'BOOKED' }, { attended: true }],
      user: { OR: [{ id: viewer.id }, { childProfile: { parentId: viewer.id } }] },
    },
    select: { id: true },
  });
  return place ? m : null;
}
