// next-auth's credentials flow as the login form does it (CSRF cookie, then the callback): the
// session cookies of one account, for scripts that act as a signed-in user (npm run load).
export async function signIn(base: string, identifier: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    // Every browser sends Origin on a POST; the platform refuses a POST without its own (lib/http/route.ts).
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar, origin: new URL(base).origin },
    body: new URLSearchParams({ csrfToken, identifier, password, json: 'true' }),
  });
  await res.arrayBuffer();
  const session = cookiesOf(res);
  if (!session.includes('session-token')) throw new Error(`sign-in of ${identifier} failed (HTTP ${res.status})`);
  return `${jar}; ${session}`;
}

function cookiesOf(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}
