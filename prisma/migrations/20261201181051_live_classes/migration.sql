-- CreateEnum
CREATE TYPE "LiveBookingMode" AS ENUM ('MEMBERS', 'OPEN');

-- CreateEnum
CREATE TYPE "LiveRoomKind" AS ENUM ('BBB', 'EXTERNAL');

-- CreateEnum
CREATE TYPE "LiveSessionStatus" AS ENUM ('SCHEDULED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "LiveBookingStatus" AS ENUM ('BOOKED', 'WAITING', 'CANCELLED');

-- CreateEnum
CREATE TYPE "LiveBookingKind" AS ENUM ('REGULAR', 'MAKEUP', 'SLOT');

-- CreateTable
CREATE TABLE "LiveGroup" (
    "id" TEXT NOT NULL,
    "programme" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "courseId" TEXT,
    "teacherId" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL DEFAULT 12,
    "minParticipants" INTEGER NOT NULL DEFAULT 6,
    "place" TEXT,
    "roomKind" "LiveRoomKind" NOT NULL DEFAULT 'BBB',
    "externalUrl" TEXT,
    "records" BOOLEAN NOT NULL DEFAULT false,
    "bookingMode" "LiveBookingMode" NOT NULL DEFAULT 'MEMBERS',
    "cancelCutoffHours" INTEGER NOT NULL DEFAULT 12,
    "weekday" INTEGER NOT NULL,
    "startTime" TEXT NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "breakMinutes" INTEGER NOT NULL DEFAULT 0,
    "firstDay" DATE NOT NULL,
    "lastDay" DATE NOT NULL,
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LiveGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveGroupMember" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "addedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveGroupMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveDayOff" (
    "id" TEXT NOT NULL,
    "from" DATE NOT NULL,
    "to" DATE NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveDayOff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveSession" (
    "id" TEXT NOT NULL,
    "groupId" TEXT,
    "courseId" TEXT,
    "teacherId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "capacity" INTEGER NOT NULL,
    "taken" INTEGER NOT NULL DEFAULT 0,
    "status" "LiveSessionStatus" NOT NULL DEFAULT 'SCHEDULED',
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,
    "bbbMeetingId" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LiveSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveBooking" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "bookedById" TEXT,
    "status" "LiveBookingStatus" NOT NULL,
    "kind" "LiveBookingKind" NOT NULL DEFAULT 'REGULAR',
    "queueNo" BIGSERIAL NOT NULL,
    "attended" BOOLEAN,
    "makeUpForId" TEXT,
    "charge" TEXT NOT NULL DEFAULT 'free',
    "promotedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LiveBooking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveRecording" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "playbackUrl" TEXT NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "endedAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "deletedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveRecording_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarFeedToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarFeedToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveUndelivered" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "groupId" TEXT,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveUndelivered_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LiveGroup_programme_idx" ON "LiveGroup"("programme");

-- CreateIndex
CREATE INDEX "LiveGroup_teacherId_idx" ON "LiveGroup"("teacherId");

-- CreateIndex
CREATE INDEX "LiveGroup_courseId_idx" ON "LiveGroup"("courseId");

-- CreateIndex
CREATE INDEX "LiveGroupMember_userId_idx" ON "LiveGroupMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "LiveGroupMember_groupId_userId_key" ON "LiveGroupMember"("groupId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "LiveSession_bbbMeetingId_key" ON "LiveSession"("bbbMeetingId");

-- CreateIndex
CREATE INDEX "LiveSession_teacherId_startsAt_idx" ON "LiveSession"("teacherId", "startsAt");

-- CreateIndex
CREATE INDEX "LiveSession_groupId_startsAt_idx" ON "LiveSession"("groupId", "startsAt");

-- CreateIndex
CREATE INDEX "LiveSession_startsAt_idx" ON "LiveSession"("startsAt");

-- CreateIndex
CREATE INDEX "LiveBooking_userId_idx" ON "LiveBooking"("userId");

-- CreateIndex
CREATE INDEX "LiveBooking_sessionId_status_queueNo_idx" ON "LiveBooking"("sessionId", "status", "queueNo");

-- CreateIndex
CREATE UNIQUE INDEX "LiveBooking_sessionId_userId_key" ON "LiveBooking"("sessionId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "LiveRecording_recordId_key" ON "LiveRecording"("recordId");

-- CreateIndex
CREATE INDEX "LiveRecording_sessionId_idx" ON "LiveRecording"("sessionId");

-- CreateIndex
CREATE INDEX "LiveRecording_expiresAt_idx" ON "LiveRecording"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeedToken_userId_key" ON "CalendarFeedToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeedToken_tokenHash_key" ON "CalendarFeedToken"("tokenHash");

-- CreateIndex
CREATE INDEX "LiveUndelivered_userId_idx" ON "LiveUndelivered"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "LiveUndelivered_sessionId_userId_key" ON "LiveUndelivered"("sessionId", "userId");

-- AddForeignKey
ALTER TABLE "LiveGroup" ADD CONSTRAINT "LiveGroup_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveGroup" ADD CONSTRAINT "LiveGroup_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveGroupMember" ADD CONSTRAINT "LiveGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "LiveGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveGroupMember" ADD CONSTRAINT "LiveGroupMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveSession" ADD CONSTRAINT "LiveSession_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "LiveGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveSession" ADD CONSTRAINT "LiveSession_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveSession" ADD CONSTRAINT "LiveSession_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveBooking" ADD CONSTRAINT "LiveBooking_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LiveSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveBooking" ADD CONSTRAINT "LiveBooking_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveBooking" ADD CONSTRAINT "LiveBooking_bookedById_fkey" FOREIGN KEY ("bookedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveBooking" ADD CONSTRAINT "LiveBooking_makeUpForId_fkey" FOREIGN KEY ("makeUpForId") REFERENCES "LiveSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveRecording" ADD CONSTRAINT "LiveRecording_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LiveSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeedToken" ADD CONSTRAINT "CalendarFeedToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveUndelivered" ADD CONSTRAINT "LiveUndelivered_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LiveSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveUndelivered" ADD CONSTRAINT "LiveUndelivered_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
