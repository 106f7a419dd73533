import { currentUser } from '@/lib/auth/session';
import { myOrderStatus } from '@/lib/orders/queries';

export const dynamic = 'force-dynamic';

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return Response.json({ error: 'unauthenticated' }, { status: 401 });
  const status = await myOrderStatus(user.id, (await params).id);
  if (!status) return Response.json({ error: 'not found' }, { status: 404 });
  return Response.json(status, { headers: { 'Cache-Control': 'no-store' } });
}
