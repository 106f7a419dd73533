import { currentUser } from '@/lib/auth/session';
import { myOrderStatus } from '@/lib/orders/queries';
import { jsonError } from '@/lib/http/responses';
import { withValidParams } from '@/lib/http/ids';

export const dynamic = 'force-dynamic';

export const GET = withValidParams(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await currentUser();
  if (!user) return jsonError('unauthenticated', 401);
  const status = await myOrderStatus(user.id, (await params).id);
  if (!status) return jsonError('not found', 404);
  return Response.json(status, { headers: { 'Cache-Control': 'no-store' } });
});
