// A stored file answered whole or as the one byte range a player asked for (RFC 9110 §14):
// audio and video elements seek with ranges, and Safari refuses media whose server ignores them.
import { byteRange } from '@/lib/learning/editing/media-range';

export function rangeResponse(req: Request, data: Uint8Array, headers: Record<string, string>): Response {
  const size = data.byteLength;
  const all = { ...headers, 'Accept-Ranges': 'bytes' };
  const range = byteRange(req.headers.get('range'), size);
  if (range === 'unsatisfiable')
    return new Response(null, { status: 416, headers: { ...all, 'Content-Range': `bytes */${size}` } });
  if (range === null)
    return new Response(new Uint8Array(data), { headers: { ...all, 'Content-Length': String(size) } });
  const part = new Uint8Array(data.subarray(range.start, range.end + 1));
  return new Response(part, {
    status: 206,
    headers: {
      ...all,
      'Content-Length': String(part.byteLength),
      'Content-Range': `bytes ${range.start}-${range.end}/${size}`,
    },
  });
}
