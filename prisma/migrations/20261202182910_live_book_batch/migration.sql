-- The booking batch (lib/live/bookings/place-at-once.ts): BOOK_AT_ONCE once per element, each in
-- its own subtransaction, for the application's group commit (group-commit.ts). Written from
-- BOOK_BATCH_FUNCTION: a change of the statement needs a new migration with its new text
-- (tests/integration/live-booking-batch.test.ts compares the installed body with it).
-- The migration runner splits scripts at every semicolon, so the body writes them as \073.
CREATE OR REPLACE FUNCTION "live_book_batch"(
  p_sessions text[], p_ids text[], p_learners text[], p_actors text[], p_nows timestamptz[])
RETURNS TABLE (n int, booking_id text, booking_status text, queue_ahead int) LANGUAGE plpgsql VOLATILE AS E'
DECLARE
  v_session text\073  v_id text\073  v_learner text\073  v_actor text\073  v_now timestamptz\073
  v_booked text\073  v_status text\073  v_ahead int\073
BEGIN
  FOR i IN 1 .. coalesce(array_length(p_sessions, 1), 0) LOOP
    v_session := p_sessions[i]\073  v_id := p_ids[i]\073  v_learner := p_learners[i]\073  v_actor := p_actors[i]\073  v_now := p_nows[i]\073
    BEGIN

WITH ok AS (
       SELECT s."id" FROM "LiveSession" s JOIN "LiveGroup" g ON g."id" = s."groupId"
        WHERE s."id" = v_session AND s."status" = ''SCHEDULED'' AND s."startsAt" > v_now AND g."cancelledAt" IS NULL
          AND (v_actor::text = v_learner::text OR EXISTS (SELECT 1 FROM "Child" ch WHERE ch."parentId" = v_actor AND ch."userId" = v_learner))
          AND NOT EXISTS (SELECT 1 FROM "LiveBooking" b WHERE b."sessionId" = v_session AND b."userId" = v_learner)
          AND CASE g."bookingMode"
                WHEN ''MEMBERS'' THEN EXISTS (SELECT 1 FROM "LiveGroupMember" m WHERE m."groupId" = g."id" AND m."userId" = v_learner AND (m."contractId" IS NULL OR EXISTS (SELECT 1 FROM "Contract" gate WHERE gate."id" = m."contractId" AND (gate."status" = ''ACTIVE'' OR (gate."status" = ''ENDED'' AND gate."endReason" = ''payer-notice'' AND gate."paidThrough" >= ((v_now)::timestamptz AT TIME ZONE ''Europe/Warsaw'')::date)))))
                ELSE EXISTS (SELECT 1 FROM "Enrolment" e
            WHERE e."userId" = v_learner AND e."courseId" = COALESCE(g."courseId", s."courseId") AND e."status" = ''ACTIVE''
              AND e."startsAt" <= v_now AND (e."endsAt" IS NULL OR e."endsAt" > v_now) AND (e."contractId" IS NULL OR EXISTS (SELECT 1 FROM "Contract" gate WHERE gate."id" = e."contractId" AND (gate."status" = ''ACTIVE'' OR (gate."status" = ''ENDED'' AND gate."endReason" = ''payer-notice'' AND gate."paidThrough" >= ((v_now)::timestamptz AT TIME ZONE ''Europe/Warsaw'')::date)))) AND NOT EXISTS (SELECT 1 FROM "Course" cw WHERE cw."id" = e."courseId" AND cw."consultationMonths" IS NOT NULL
                 AND s."startsAt" >= ((date_trunc(''second'', (e."startsAt")::timestamptz AT TIME ZONE ''Europe/Warsaw'') + make_interval(months => cw."consultationMonths")) AT TIME ZONE ''Europe/Warsaw'')))
              END),
     seat AS (
       UPDATE "LiveSession" SET "taken" = "taken" + 1, "updatedAt" = v_now
        WHERE "id" = (SELECT "id" FROM ok) AND "taken" < "capacity" AND "status" = ''SCHEDULED'' AND "startsAt" > v_now
        RETURNING "id"),
     held AS (
       SELECT (s."taken" < s."capacity") AS "free" FROM "LiveSession" s
        WHERE s."id" = (SELECT "id" FROM ok) AND s."status" = ''SCHEDULED'' AND NOT EXISTS (SELECT 1 FROM seat)
          FOR NO KEY UPDATE),
     placed AS (
       INSERT INTO "LiveBooking" ("id", "sessionId", "userId", "bookedById", "status", "kind", "charge", "createdAt", "updatedAt")
       SELECT v_id, ok."id", v_learner, v_actor,
              (CASE WHEN EXISTS (SELECT 1 FROM seat) THEN ''BOOKED'' ELSE ''WAITING'' END)::"LiveBookingStatus",
              ''REGULAR'', ''free'', v_now, v_now
         FROM ok
        WHERE EXISTS (SELECT 1 FROM seat) OR EXISTS (SELECT 1 FROM held WHERE NOT held."free")
       RETURNING "id", "status"::text AS "status", "queueNo")
SELECT p."id", p."status",
       CASE WHEN p."status" = ''WAITING'' THEN
         (SELECT count(*) FROM "LiveBooking" w
           WHERE w."sessionId" = v_session AND w."status" = ''WAITING'' AND w."queueNo" < p."queueNo")::int END AS "ahead"
        INTO v_booked, v_status, v_ahead
  FROM placed p\073
    EXCEPTION WHEN unique_violation THEN
      v_booked := NULL\073  v_status := NULL\073  v_ahead := NULL\073
    END\073
    n := i\073  booking_id := v_booked\073  booking_status := v_status\073  queue_ahead := v_ahead\073
    RETURN NEXT\073
  END LOOP\073
END';
