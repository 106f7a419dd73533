// How the client reads BBB's answers: XML in the shapes of BBB's API reference (create with
// duplicateWarning, getMeetingInfo, getRecordings with none, one and two recordings, FAILED with a
// messageKey) and the ways a server fails (5xx, not XML, no answer, too slow). fetch is stubbed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BbbApiError,
  BbbUnavailableError,
  createMeeting,
  deleteRecordings,
  endMeeting,
  getMeetingInfo,
  getRecordings,
  isMeetingRunning,
  readRecordings,
} from '@/lib/live/bbb/client';
import { parseBbbResponse, parseXml } from '@/lib/live/bbb/xml';

const cfg = { url: 'https://bbb.example.com/bigbluebutton/', secret: 'secret', timeoutMs: 50 };
const calls: string[] = [];

function answer(body: string, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      calls.push(url);
      return new Response(body, { status, headers: { 'Content-Type': 'text/xml' } });
    }),
  );
}
afterEach(() => {
  vi.unstubAllGlobals();
  calls.length = 0;
});

const recording = (id: string, formats: string) => `
  <recording>
    <recordID>${id}</recordID>
    <meetingID>live-7</meetingID>
    <internalMeetingID>${id}</internalMeetingID>
    <name>Język polski &amp; kultura</name>
    <published>true</published>
    <state>published</state>
    <startTime>1764604800000</startTime>
    <endTime>1764610800000</endTime>
    <participants>4</participants>
    <metadata><meetingName>Język polski &amp; kultura</meetingName></metadata>
    <playback>${formats}</playback>
  </recording>`;
const format = (type: string, url: string) =>
  `<format><type>${type}</type><url>${url}</url><length>100</length></format>`;
const A = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678-1764604800000';
const B = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678-1764691200000';

describe('getRecordings', () => {
  it('reads none (BBB says noRecordings inside SUCCESS)', async () => {
    answer(
      '<response><returncode>SUCCESS</returncode><recordings/><messageKey>noRecordings</messageKey><message>There are no recordings for the meeting(s).</message></response>',
    );
    expect(await getRecordings(cfg, 'live-7')).toEqual([]);
    expect(calls[0]).toMatch(/\/api\/getRecordings\?meetingID=live-7&checksum=[0-9a-f]{64}$/);
  });

  it('reads one recording (a single element, not a list)', async () => {
    answer(
      `<response><returncode>SUCCESS</returncode><recordings>${recording(A, format('presentation', 'https://bbb.example.com/playback/presentation/2.3/' + A))}</recordings></response>`,
    );
    expect(await getRecordings(cfg, 'live-7')).toEqual([
      {
        recordId: A,
        meetingId: 'live-7',
        startTime: new Date(1764604800000),
        endTime: new Date(1764610800000),
        playbackUrl: `https://bbb.example.com/playback/presentation/2.3/${A}`,
        published: true,
      },
    ]);
  });

  it('reads two recordings, choosing the presentation format and decoding entities in URLs', async () => {
    const presentation = `https://bbb.example.com/playback/presentation/2.0/playback.html?meetingId=${B}&amp;t=1`;
    answer(
      `<response><returncode>SUCCESS</returncode><recordings>
        ${recording(A, format('podcast', 'https://bbb.example.com/podcast/a/audio.ogg'))}
        ${recording(B, format('podcast', 'https://bbb.example.com/podcast/b/audio.ogg') + format('presentation', presentation))}
      </recordings></response>`,
    );
    const recs = await getRecordings(cfg, 'live-7');
    expect(recs.map((r) => [r.recordId, r.playbackUrl])).toEqual([
      [A, 'https://bbb.example.com/podcast/a/audio.ogg'],
      [B, `https://bbb.example.com/playback/presentation/2.0/playback.html?meetingId=${B}&t=1`],
    ]);
  });

  it('leaves out a recording with no playback yet (still processing)', () => {
    const root = parseXml(
      `<response><returncode>SUCCESS</returncode><recordings>${recording(A, '')}${recording(B, format('presentation', 'https://x/p'))}</recordings></response>`,
    )!;
    expect(readRecordings(root).map((r) => r.recordId)).toEqual([B]);
  });
});

describe('create, end, isMeetingRunning, getMeetingInfo, deleteRecordings', () => {
  it('takes SUCCESS with duplicateWarning as the meeting found again', async () => {
    answer(`<response><returncode>SUCCESS</returncode><meetingID>live-7</meetingID>
      <internalMeetingID>${A}</internalMeetingID><parentMeetingID>bbb-none</parentMeetingID>
      <createTime>1764604800000</createTime><hasUserJoined>false</hasUserJoined><duration>0</duration>
      <messageKey>duplicateWarning</messageKey><message>This conference was already in existence and may currently be in progress.</message></response>`);
    expect(await createMeeting(cfg, { meetingId: 'live-7', name: 'Zajęcia', record: false })).toEqual({
      meetingId: 'live-7',
      internalMeetingId: A,
      ended: false,
    });
  });

  it('asks a recorded meeting to record from the start without a pause button, and shortens long names', async () => {
    answer(
      `<response><returncode>SUCCESS</returncode><meetingID>live-7</meetingID><internalMeetingID>${A}</internalMeetingID></response>`,
    );
    await createMeeting(cfg, {
      meetingId: 'live-7',
      name: 'Ż'.repeat(70),
      record: true,
      maxParticipants: 13,
      logoutUrl: 'https://planeta.pl/nauka/zajecia?x=1',
      durationMinutes: 110,
    });
    const q = new URL(calls[0]).searchParams;
    expect(q.get('name')).toBe('Ż'.repeat(64));
    expect(Object.fromEntries([...q].filter(([k]) => k !== 'name' && k !== 'checksum'))).toEqual({
      meetingID: 'live-7',
      record: 'true',
      autoStartRecording: 'true',
      allowStartStopRecording: 'false',
      maxParticipants: '13',
      logoutURL: 'https://planeta.pl/nauka/zajecia?x=1',
      duration: '110',
    });
  });

  it('reads running true/false', async () => {
    answer('<response><returncode>SUCCESS</returncode><running>true</running></response>');
    expect(await isMeetingRunning(cfg, 'live-7')).toBe(true);
    answer('<response><returncode>SUCCESS</returncode><running>false</running></response>');
    expect(await isMeetingRunning(cfg, 'live-7')).toBe(false);
  });

  it('reads the attendees of getMeetingInfo, one or many', async () => {
    const attendee = (id: string, name: string, role: string) =>
      `<attendee><userID>${id}</userID><fullName>${name}</fullName><role>${role}</role><isPresenter>false</isPresenter><customdata/></attendee>`;
    answer(`<response><returncode>SUCCESS</returncode><meetingName>Zajęcia</meetingName><meetingID>live-7</meetingID>
      <internalMeetingID>${A}</internalMeetingID><createTime>1764604800000</createTime><running>true</running>
      <recording>true</recording><attendees>${attendee('t1', 'Anna Łęcka', 'MODERATOR')}${attendee('u2', 'Zosia', 'VIEWER')}</attendees>
      <metadata/></response>`);
    expect(await getMeetingInfo(cfg, 'live-7')).toEqual({
      meetingId: 'live-7',
      internalMeetingId: A,
      name: 'Zajęcia',
      running: true,
      ended: false,
      recording: true,
      createTime: new Date(1764604800000),
      attendees: [
        { userId: 't1', fullName: 'Anna Łęcka', role: 'MODERATOR' },
        { userId: 'u2', fullName: 'Zosia', role: 'VIEWER' },
      ],
    });
    answer(`<response><returncode>SUCCESS</returncode><meetingID>live-7</meetingID><attendees/></response>`);
    expect((await getMeetingInfo(cfg, 'live-7'))?.attendees).toEqual([]);
  });

  it('takes notFound as "nothing" where BBB means that', async () => {
    answer(
      '<response><returncode>FAILED</returncode><messageKey>notFound</messageKey><message>We could not find a meeting with that meeting ID</message></response>',
    );
    expect(await getMeetingInfo(cfg, 'live-7')).toBeNull();
    await expect(endMeeting(cfg, 'live-7')).resolves.toBeUndefined();
    await expect(deleteRecordings(cfg, [A])).resolves.toBeUndefined();
    await expect(getRecordings(cfg, 'live-7')).resolves.toEqual([]);
  });

  it('sends record IDs as one comma list (in parts when long) and nothing for none', async () => {
    answer('<response><returncode>SUCCESS</returncode><deleted>true</deleted></response>');
    await deleteRecordings(cfg, []);
    expect(calls).toEqual([]);
    await deleteRecordings(cfg, [A, B, A]);
    expect(new URL(calls[0]).searchParams.get('recordID')).toBe(`${A},${B}`);
    calls.length = 0;
    await deleteRecordings(
      cfg,
      Array.from({ length: 30 }, (_, i) => `r${i}`),
    );
    expect(calls.map((u) => new URL(u).searchParams.get('recordID')!.split(',').length)).toEqual([25, 5]);
  });
});

describe('failures', () => {
  it('is a BbbApiError (also "unavailable") for FAILED with a messageKey', async () => {
    answer(
      '<response><returncode>FAILED</returncode><messageKey>checksumError</messageKey><message>Checksums do not match</message></response>',
    );
    const error = await createMeeting(cfg, { meetingId: 'live-7', name: 'Zajęcia', record: false }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BbbApiError);
    expect(error).toBeInstanceOf(BbbUnavailableError);
    expect(error).toMatchObject({ messageKey: 'checksumError', bbbMessage: 'Checksums do not match', call: 'create' });
  });

  it.each([
    ['HTTP 503', () => answer('<html>503 Service Unavailable</html>', 503)],
    ['HTTP 500 with BBB-looking XML', () => answer('<response><returncode>SUCCESS</returncode></response>', 500)],
    ['a body that is not XML', () => answer('<!doctype html><html><body>nginx</body>', 404)],
    ['XML that is not BBB', () => answer('<error>nope</error>')],
    ['FAILED without a messageKey', () => answer('<response><returncode>FAILED</returncode></response>')],
    [
      'a network error',
      () =>
        vi.stubGlobal(
          'fetch',
          vi.fn(async () => Promise.reject(new TypeError('fetch failed'))),
        ),
    ],
    [
      'no answer within the timeout',
      () =>
        vi.stubGlobal(
          'fetch',
          vi.fn(
            (_: string, init: RequestInit) =>
              new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason))),
          ),
        ),
    ],
  ])('is BbbUnavailableError for %s', async (_, setUp) => {
    setUp();
    const error = await isMeetingRunning(cfg, 'live-7').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BbbUnavailableError);
    expect(error).not.toBeInstanceOf(BbbApiError);
  });
});

describe('parseBbbResponse', () => {
  it('reads the envelope, lower-case returncode included', () => {
    expect(
      parseBbbResponse(
        '<response><returncode>success</returncode><messageKey>k</messageKey><message>m</message></response>',
      ),
    ).toMatchObject({
      returncode: 'SUCCESS',
      messageKey: 'k',
      message: 'm',
    });
  });

  it('never expands entities declared in the document', () => {
    const r = parseBbbResponse(
      '<!DOCTYPE response [<!ENTITY x "boom">]><response><returncode>SUCCESS</returncode><name>&x;</name></response>',
    );
    expect(r?.root.children.find((c) => c.name === 'name')?.text).not.toContain('boom');
  });

  it.each(['', 'not xml', '<response>', '<response><returncode>MAYBE</returncode></response>'])(
    'is null for %j',
    (body) => {
      expect(parseBbbResponse(body)).toBeNull();
    },
  );
});
