// The BBB client against the local simulator, over HTTP as against a real server: create (twice),
// the join link opening the room, end leaving a recording, deleting it, a BBB that is down and a
// wrong secret. Also the integration set-up's default: no BBB until a test starts one.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  BbbApiError,
  BbbUnavailableError,
  bbbConfig,
  createMeeting,
  deleteRecordings,
  endMeeting,
  getMeetingInfo,
  getRecordings,
  isMeetingRunning,
  joinUrl,
} from '@/lib/live/bbb/client';
import { startTestBbb } from '../support/local-bbb';

describe('BBB in integration tests', () => {
  it('is unreachable until a test starts a simulator', async () => {
    expect(bbbConfig().url).toBe('http://127.0.0.1:9/bigbluebutton/');
    await expect(isMeetingRunning(bbbConfig(), 'nobody-home')).rejects.toBeInstanceOf(BbbUnavailableError);
  });
});

describe('BBB client against the simulator', () => {
  let sim: Awaited<ReturnType<typeof startTestBbb>>;
  beforeAll(async () => {
    sim = await startTestBbb();
  });
  afterAll(() => sim.close());
  beforeEach(() => sim.reset());

  const meeting = { meetingId: 'live-session-1', name: 'Matematyka — grupa Żółw, środa 17:00', record: true };

  it('points BBB_URL and BBB_SECRET at the simulator', () => {
    expect(bbbConfig()).toEqual({ url: sim.url, secret: sim.secret });
  });

  it('creates a meeting, and creating it again finds the same one', async () => {
    const first = await createMeeting(sim.cfg, meeting);
    const again = await createMeeting(sim.cfg, meeting);
    expect(first.meetingId).toBe('live-session-1');
    expect(first.internalMeetingId).toMatch(/^[0-9a-f]{40}-\d+$/);
    expect(again).toEqual(first);
    expect(sim.meetings.size).toBe(1);
    expect(await isMeetingRunning(sim.cfg, meeting.meetingId)).toBe(false);
  });

  it('opens the room from the join link; the attendee shows in the room and in getMeetingInfo', async () => {
    await createMeeting(sim.cfg, meeting);
    const teacher = joinUrl(sim.cfg, {
      meetingId: meeting.meetingId,
      fullName: 'Anna Łęcka',
      role: 'MODERATOR',
      userId: 't1',
    });
    await fetch(teacher);
    const link = joinUrl(sim.cfg, {
      meetingId: meeting.meetingId,
      fullName: 'Zosia Źdźbło',
      role: 'VIEWER',
      userId: 'u42',
    });
    const res = await fetch(link);
    expect(res.url).toContain(`${sim.origin}/simulator/room/live-session-1?sessionToken=`);
    const html = await res.text();
    expect(html).toContain('Matematyka — grupa Żółw, środa 17:00');
    expect(html).toContain('Zosia Źdźbło');
    expect(html).toContain('Anna Łęcka');
    expect(html).toContain('href="/simulator/room/live-session-1/leave?sessionToken=');

    expect(await isMeetingRunning(sim.cfg, meeting.meetingId)).toBe(true);
    const info = await getMeetingInfo(sim.cfg, meeting.meetingId);
    expect(info?.name).toBe(meeting.name);
    expect(info?.attendees).toEqual([
      { userId: 't1', fullName: 'Anna Łęcka', role: 'MODERATOR' },
      { userId: 'u42', fullName: 'Zosia Źdźbło', role: 'VIEWER' },
    ]);

    // Leaving takes the person out of the room.
    const leave = /href="([^"]+\/leave\?[^"]+)"/.exec(html)![1];
    await fetch(new URL(leave, sim.origin));
    expect((await getMeetingInfo(sim.cfg, meeting.meetingId))?.attendees.map((a) => a.userId)).toEqual(['t1']);
  });

  it('answers without redirecting when asked (redirect=false)', async () => {
    await createMeeting(sim.cfg, meeting);
    const res = await fetch(
      joinUrl(sim.cfg, {
        meetingId: meeting.meetingId,
        fullName: 'Ola',
        role: 'VIEWER',
        userId: 'u1',
        redirect: false,
      }),
      { redirect: 'manual' },
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<messageKey>successfullyJoined</messageKey>');
  });

  it('ends the meeting into a recording with a playback page, then deletes it', async () => {
    await createMeeting(sim.cfg, meeting);
    await fetch(joinUrl(sim.cfg, { meetingId: meeting.meetingId, fullName: 'Ola', role: 'VIEWER', userId: 'u1' }));
    expect(await getRecordings(sim.cfg, meeting.meetingId)).toEqual([]);

    await endMeeting(sim.cfg, meeting.meetingId);
    expect(await isMeetingRunning(sim.cfg, meeting.meetingId)).toBe(false);
    expect(await getMeetingInfo(sim.cfg, meeting.meetingId)).toMatchObject({
      running: false,
      ended: true,
      attendees: [],
    });
    const [rec, ...more] = await getRecordings(sim.cfg, meeting.meetingId);
    expect(more).toEqual([]);
    expect(rec.meetingId).toBe(meeting.meetingId);
    expect(rec.published).toBe(true);
    expect(rec.endTime.getTime()).toBeGreaterThanOrEqual(rec.startTime.getTime());
    expect(rec.playbackUrl).toBe(`${sim.origin}/simulator/playback/${rec.recordId}`);
    const playback = await fetch(rec.playbackUrl);
    expect(playback.status).toBe(200);
    expect(await playback.text()).toContain('Nagranie');

    await deleteRecordings(sim.cfg, [rec.recordId]);
    expect(await getRecordings(sim.cfg, meeting.meetingId)).toEqual([]);
    expect((await fetch(rec.playbackUrl)).status).toBe(404);
    // Twice, or one that never existed: not an error.
    await deleteRecordings(sim.cfg, [rec.recordId, 'no-such-recording']);
    await endMeeting(sim.cfg, meeting.meetingId);
  });

  it('records nothing for a meeting nobody joined or one not recorded', async () => {
    await createMeeting(sim.cfg, meeting);
    await endMeeting(sim.cfg, meeting.meetingId);
    await createMeeting(sim.cfg, { ...meeting, meetingId: 'not-recorded', record: false });
    await fetch(joinUrl(sim.cfg, { meetingId: 'not-recorded', fullName: 'Ola', role: 'VIEWER', userId: 'u1' }));
    await endMeeting(sim.cfg, 'not-recorded');
    expect(await getRecordings(sim.cfg, meeting.meetingId)).toEqual([]);
    expect(await getRecordings(sim.cfg, 'not-recorded')).toEqual([]);
  });

  it('refuses to join past maxParticipants with a typed error', async () => {
    await createMeeting(sim.cfg, { ...meeting, maxParticipants: 1 });
    await fetch(joinUrl(sim.cfg, { meetingId: meeting.meetingId, fullName: 'Ola', role: 'VIEWER', userId: 'u1' }));
    const res = await fetch(
      joinUrl(sim.cfg, {
        meetingId: meeting.meetingId,
        fullName: 'Ala',
        role: 'VIEWER',
        userId: 'u2',
        redirect: false,
      }),
    );
    expect(await res.text()).toContain('<messageKey>maxParticipantsReached</messageKey>');
  });

  it('says BBB is unavailable while it is down, and works again once it is back', async () => {
    sim.setMode('down');
    await expect(createMeeting(sim.cfg, meeting)).rejects.toBeInstanceOf(BbbUnavailableError);
    await expect(getRecordings(sim.cfg, meeting.meetingId)).rejects.toThrow(/HTTP 503/);
    sim.setMode('up');
    await expect(createMeeting(sim.cfg, meeting)).resolves.toMatchObject({ meetingId: meeting.meetingId });
  });

  it('says BBB is unavailable when nothing listens', async () => {
    const gone = await startTestBbb();
    await gone.close();
    await expect(isMeetingRunning(gone.cfg, 'x1')).rejects.toBeInstanceOf(BbbUnavailableError);
  });

  it('switches down and up over HTTP (for e2e tests in another process), the control page answering while down', async () => {
    const post = (mode: string) =>
      fetch(`${sim.origin}/simulator/mode`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: `mode=${mode}`,
        redirect: 'manual',
      });
    expect((await post('down')).status).toBe(303);
    await expect(isMeetingRunning(sim.cfg, 'x1')).rejects.toBeInstanceOf(BbbUnavailableError);
    expect(await (await fetch(`${sim.origin}/simulator`)).text()).toContain('niedostępny (503)');
    expect((await post('sideways')).status).toBe(400);
    await post('up');
    await expect(isMeetingRunning(sim.cfg, 'x1')).resolves.toBe(false);
  });

  it('refuses the room page without the session token the join gave', async () => {
    await createMeeting(sim.cfg, meeting);
    await fetch(joinUrl(sim.cfg, { meetingId: meeting.meetingId, fullName: 'Ola', role: 'VIEWER', userId: 'u1' }));
    expect((await fetch(`${sim.origin}/simulator/room/${meeting.meetingId}?sessionToken=guess`)).status).toBe(403);
    expect((await fetch(`${sim.origin}/simulator/room/no-such-meeting?sessionToken=guess`)).status).toBe(404);
  });

  it('refuses a wrong secret with checksumError, as BBB does', async () => {
    const wrong = { ...sim.cfg, secret: 'not-the-secret' };
    const error = await createMeeting(wrong, meeting).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BbbApiError);
    expect(error).toBeInstanceOf(BbbUnavailableError);
    expect((error as BbbApiError).messageKey).toBe('checksumError');
    expect(sim.meetings.size).toBe(0);
    const res = await fetch(joinUrl(wrong, { meetingId: 'x1', fullName: 'Ola', role: 'VIEWER', userId: 'u1' }));
    expect(await res.text()).toContain('<messageKey>checksumError</messageKey>');
  });
});

describe("the simulator's clock", () => {
  it('remembers an ended meeting for a while, refusing joins as BBB does, then lets its ID be created anew', async () => {
    let now = Date.UTC(2026, 11, 2, 16, 0);
    const sim = await startTestBbb({ now: () => now });
    try {
      const m = { meetingId: 'ended-1', name: 'Zajęcia', record: true };
      const first = await createMeeting(sim.cfg, m);
      expect(first.ended).toBe(false);
      await fetch(joinUrl(sim.cfg, { meetingId: 'ended-1', fullName: 'Ola', role: 'VIEWER', userId: 'u1' }));
      now += 60 * 60_000;
      await endMeeting(sim.cfg, 'ended-1');
      await endMeeting(sim.cfg, 'ended-1');
      expect(await getRecordings(sim.cfg, 'ended-1')).toHaveLength(1);

      expect(await createMeeting(sim.cfg, m)).toEqual({ ...first, ended: true });
      const refused = await fetch(
        joinUrl(sim.cfg, { meetingId: 'ended-1', fullName: 'Ola', role: 'VIEWER', userId: 'u1', redirect: false }),
      );
      expect(await refused.text()).toContain('<messageKey>meetingForciblyEnded</messageKey>');

      now += 60_000;
      const again = await createMeeting(sim.cfg, m);
      expect(again.ended).toBe(false);
      expect(again.internalMeetingId).not.toBe(first.internalMeetingId);
    } finally {
      await sim.close();
    }
  });

  it('ends a meeting with a duration when its time is up, recording it', async () => {
    let now = Date.UTC(2026, 11, 2, 16, 0);
    const sim = await startTestBbb({ now: () => now });
    try {
      await createMeeting(sim.cfg, {
        meetingId: 'timed-1',
        name: 'Rozmowa z lektorem',
        record: true,
        durationMinutes: 15,
      });
      await fetch(joinUrl(sim.cfg, { meetingId: 'timed-1', fullName: 'Ola', role: 'VIEWER', userId: 'u1' }));
      now += 14 * 60_000;
      expect(await isMeetingRunning(sim.cfg, 'timed-1')).toBe(true);
      now += 60_000;
      expect(await isMeetingRunning(sim.cfg, 'timed-1')).toBe(false);
      const [rec] = await getRecordings(sim.cfg, 'timed-1');
      expect(rec.startTime).toEqual(new Date(Date.UTC(2026, 11, 2, 16, 0)));
      expect(rec.endTime).toEqual(new Date(Date.UTC(2026, 11, 2, 16, 15)));
    } finally {
      await sim.close();
    }
  });
});
