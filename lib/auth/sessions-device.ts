// What the account page shows for a session's device: a short "browser · system" summary of the
// User-Agent header, so the table keeps no fingerprint-sized header and people recognise the device.
const BROWSERS: [RegExp, string][] = [
  [/\bEdg(e|A|iOS)?\//, 'Edge'],
  [/\b(OPR|Opera)\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\b(Firefox|FxiOS)\//, 'Firefox'],
  [/\b(Chrome|CriOS|Chromium|HeadlessChrome)\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
];

const SYSTEMS: [RegExp, string][] = [
  [/\bWindows\b/, 'Windows'],
  [/\bAndroid\b/, 'Android'],
  [/\b(iPhone|iPad|iPod)\b/, 'iOS'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
];

const first = (ua: string, table: [RegExp, string][]) => table.find(([re]) => re.test(ua))?.[1];

/** "Chrome · Windows", "Firefox", "Android"; null when nothing is recognisable. */
export function describeUserAgent(ua: string | null | undefined): string | null {
  if (!ua) return null;
  const parts = [first(ua, BROWSERS), first(ua, SYSTEMS)].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}
