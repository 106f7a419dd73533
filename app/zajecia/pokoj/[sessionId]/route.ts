// "Dołącz": the room's URL is asked for on the server at the moment of joining (roomLinkFor checks
// the booking and the join window) and the browser is redirected; the page never holds it. A
// refusal or BBB being down goes back to /zajecia with the reason shown; the booking is kept.
import { NextResponse } from 'next/server';
import { routeUser } from '@/lib/http/route';
import { absoluteUrl } from '@/lib/url';
import { UserError, NotFoundError } from '@/lib/errors';
import { roomLinkFor } from '@/lib/live/room';
import { LIVE_LEARNER_PATH } from '@/lib/live/paths';

const back = (sessionId: string, reason: string) =>
  NextResponse.redirect(
    absoluteUrl(`${LIVE_LEARNER_PATH}?pokoj=${encodeURIComponent(sessionId)}&powod=${reason}`),
    303,
  );

export async function GET(req: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  // ?dla=<the child's account>: a parent joining on the child's behalf (roomLinkFor checks it is theirs).
  const forLearner = new URL(req.url).searchParams.get('dla')?.slice(0, 64) || undefined;
  const user = await routeUser('learning:study-own');
  if (!user) return NextResponse.redirect(absoluteUrl(`/logowanie?next=${encodeURIComponent(LIVE_LEARNER_PATH)}`), 303);
  try {
    const link = await roomLinkFor(user, sessionId, undefined, forLearner);
    if (!link.ok) return back(sessionId, link.reason === 'liveEngine.roomEnded' ? 'ended' : 'unavailable');
    return NextResponse.redirect(link.url, 303);
  } catch (e) {
    if (e instanceof NotFoundError) return new NextResponse(null, { status: 404 });
    if (e instanceof UserError)
      return back(sessionId, e.codes.includes('liveEngine.roomNotBooked') ? 'refused' : 'closed');
    throw e;
  }
}
