// A person's private calendar feed (text/calendar): the token in the URL is the only key (calendar
// apps send no cookies); an unknown or replaced token answers 404.
import { NextResponse } from 'next/server';
import { messages } from '@/lib/i18n';
import { buildIcsFeed } from '@/lib/live/calendar/ics';
import { feedEventsFor, feedOwner } from '@/lib/live/calendar/feed';
import { currentLocale } from '@/lib/locale/current';

export const dynamic = 'force-dynamic';

export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const locale = await currentLocale();
  const { token } = await params;
  const owner = await feedOwner(token.replace(/\.ics$/, ''));
  if (!owner) return new NextResponse(null, { status: 404 });
  const ics = buildIcsFeed({ name: messages(locale).liveEngine.feedName, events: await feedEventsFor(owner) });
  return new NextResponse(ics, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'inline; filename="planeta-zajecia.ics"',
      'cache-control': 'private, no-store',
    },
  });
}
