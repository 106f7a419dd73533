// The address a request came from, as the proxy in front reports it (first X-Forwarded-For hop,
// then X-Real-IP): login rate limits and PayU's customerIp both need it.

export function clientIp(headers: Record<string, string | string[] | undefined> | Headers | undefined): string {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : headers?.[name]);
  const fwd = get('x-forwarded-for');
  const first = (Array.isArray(fwd) ? fwd[0] : fwd)?.split(',')[0]?.trim();
  const real = get('x-real-ip');
  return first || (Array.isArray(real) ? real[0] : real) || '127.0.0.1';
}
