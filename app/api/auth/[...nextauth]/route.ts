// next-auth's endpoints (session, CSRF token, sign-in, sign-out). Its posts also pass the
// site's own Origin check, like every other state-changing route.
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { crossSite } from '@/lib/http/route';
import { crossSiteRefused } from '@/lib/http/responses';

type Ctx = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, ctx: Ctx) {
  // next-auth 4 reads params synchronously; Next 16 hands them over as a promise.
  return NextAuth(req as never, { params: await ctx.params } as never, authOptions());
}

export async function POST(req: Request, ctx: Ctx) {
  if (crossSite(req)) return crossSiteRefused();
  return handler(req, ctx);
}

export { handler as GET };
