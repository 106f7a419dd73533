// BBB's checksums against the example in BBB's own API documentation ("API Security Model": SHA-1),
// SHA-256 (what we send) and SHA-512 against digests computed outside Node (sha256sum, sha512sum),
// and the query encoding client and simulator share.
import { describe, expect, it } from 'vitest';
import { bbbChecksum, encodeQuery, signQuery, verifyChecksum } from '@/lib/live/bbb/checksum';
import { callUrl, joinUrl } from '@/lib/live/bbb/client';

// docs.bigbluebutton.org/development/api, "Usage".
const DOC_QUERY = 'name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444';
const DOC_SECRET = '639259d4-9dd8-4b25-bf01-95f9567eaf4b';
const DOC_SHA1 = '1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17';
const DOC_SHA256 = 'da9185f7f333cfdfcd6eeac32dca3777510c4c436020d8b887ba5515bd1d189e';
const DOC_SHA512 =
  'de73ad61d11a5c801b68d4bd6ec5248546085cefb0b25c85f3c46249ea93a3a4b120f92c0a8a58d7512cb77821884951a3b01245f3435dbbef49fff3cc3988b4';

describe('bbbChecksum', () => {
  it.each([
    ['sha1', DOC_SHA1],
    ['sha256', DOC_SHA256],
    ['sha512', DOC_SHA512],
  ] as const)('%s of the documented create call', (algorithm, digest) => {
    expect(bbbChecksum('create', DOC_QUERY, DOC_SECRET, algorithm)).toBe(digest);
  });

  it('signs with SHA-256 by default', () => {
    expect(bbbChecksum('create', DOC_QUERY, DOC_SECRET)).toBe(DOC_SHA256);
    expect(signQuery('create', DOC_QUERY, DOC_SECRET)).toBe(`${DOC_QUERY}&checksum=${DOC_SHA256}`);
  });

  it('signs a call without parameters', () => {
    expect(signQuery('getMeetings', '', 's')).toBe(`checksum=${bbbChecksum('getMeetings', '', 's')}`);
  });
});

describe('encodeQuery', () => {
  it('encodes like the documented example: spaces as +', () => {
    expect(
      encodeQuery({ name: 'Test Meeting', meetingID: 'abc123', attendeePW: '111222', moderatorPW: '333444' }),
    ).toBe(DOC_QUERY);
  });

  it.each([
    ['Zosia Źdźbło', 'Zosia+%C5%B9d%C5%BAb%C5%82o'],
    ['Łódź & Gdańsk', '%C5%81%C3%B3d%C5%BA+%26+Gda%C5%84sk'],
    ['a+b=c?', 'a%2Bb%3Dc%3F'],
    ['ćwiczenia 100%', '%C4%87wiczenia+100%25'],
  ])('UTF-8, form-urlencoded: %s', (value, encoded) => {
    expect(encodeQuery({ fullName: value })).toBe(`fullName=${encoded}`);
  });

  it('keeps the order given and leaves undefined out', () => {
    expect(encodeQuery({ b: 1, a: true, c: undefined, d: false })).toBe('b=1&a=true&d=false');
  });
});

describe('verifyChecksum (the simulator side)', () => {
  it.each([DOC_SHA1, DOC_SHA256, DOC_SHA512, DOC_SHA256.toUpperCase()])(
    'accepts the documented call signed %#',
    (c) => {
      expect(verifyChecksum('create', `${DOC_QUERY}&checksum=${c}`, DOC_SECRET)).toBe(true);
    },
  );

  it('hashes the query as received, wherever the checksum stands', () => {
    const [a, b] = [DOC_QUERY.slice(0, 17), DOC_QUERY.slice(18)];
    expect(verifyChecksum('create', `${a}&checksum=${DOC_SHA1}&${b}`, DOC_SECRET)).toBe(true);
  });

  it.each([
    ['another secret', `${DOC_QUERY}&checksum=${DOC_SHA256}`, 'create', 'other'],
    ['another call', `${DOC_QUERY}&checksum=${DOC_SHA256}`, 'join', DOC_SECRET],
    ['a changed parameter', `${DOC_QUERY.replace('abc123', 'abc124')}&checksum=${DOC_SHA256}`, 'create', DOC_SECRET],
    ['%20 instead of +', `${DOC_QUERY.replace('+', '%20')}&checksum=${DOC_SHA256}`, 'create', DOC_SECRET],
    ['no checksum', DOC_QUERY, 'create', DOC_SECRET],
    ['a checksum of a strange length', `${DOC_QUERY}&checksum=${DOC_SHA256.slice(1)}`, 'create', DOC_SECRET],
    ['not hex', `${DOC_QUERY}&checksum=${'z'.repeat(64)}`, 'create', DOC_SECRET],
  ])('refuses %s', (_, query, call, secret) => {
    expect(verifyChecksum(call, query, secret)).toBe(false);
  });
});

describe('signed URLs', () => {
  const cfg = { url: 'https://bbb.example.com/bigbluebutton/', secret: 's3cr3t' };

  it('builds the join URL the browser opens, Polish letters included', () => {
    const url = joinUrl(cfg, { meetingId: 'live-1', fullName: 'Zosia Źdźbło', role: 'VIEWER', userId: 'u42' });
    const query = 'fullName=Zosia+%C5%B9d%C5%BAb%C5%82o&meetingID=live-1&role=VIEWER&userID=u42&redirect=true';
    // sha256sum of 'join' + query + 's3cr3t'
    expect(url).toBe(
      `https://bbb.example.com/bigbluebutton/api/join?${query}&checksum=a99dc63c5c71156a03c4e5381d5ed04e23c7d714e97374a1800f7a8c55fa2f57`,
    );
    expect(new URL(url).searchParams.get('fullName')).toBe('Zosia Źdźbło');
    expect(verifyChecksum('join', url.split('?')[1], cfg.secret)).toBe(true);
  });

  it.each(['https://bbb.example.com/bigbluebutton', 'https://bbb.example.com/bigbluebutton/api/'])(
    'adds api/<call> to a base written as %s',
    (url) => {
      expect(callUrl({ ...cfg, url }, 'getMeetings', {})).toMatch(
        /^https:\/\/bbb\.example\.com\/bigbluebutton\/api\/getMeetings\?checksum=[0-9a-f]{64}$/,
      );
    },
  );

  it.each(['', 'x', 'a,b', 'x'.repeat(257)])('refuses the meetingID %j BBB would refuse', (meetingId) => {
    expect(() => joinUrl(cfg, { meetingId, fullName: 'Ola', role: 'VIEWER', userId: 'u1' })).toThrow(/meetingID/);
  });

  it('refuses a join without a name before the browser gets BBB’s error', () => {
    expect(() => joinUrl(cfg, { meetingId: 'live-1', fullName: '  ', role: 'VIEWER', userId: 'u1' })).toThrow(/name/);
  });
});
