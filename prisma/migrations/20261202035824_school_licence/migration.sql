-- CreateEnum
CREATE TYPE "SchoolRole" AS ENUM ('DIRECTOR', 'TEACHER');

-- CreateTable
CREATE TABLE "School" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "okeCode" TEXT NOT NULL,
    "commission" TEXT NOT NULL,
    "nip" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "ecoInvoice" BOOLEAN NOT NULL DEFAULT false,
    "discount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "School_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchoolStaff" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "SchoolRole" NOT NULL,
    "invitedById" TEXT,
    "invitedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "joinedAt" TIMESTAMPTZ(3),

    CONSTRAINT "SchoolStaff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchoolLicence" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "examYear" INTEGER NOT NULL,
    "contractId" TEXT NOT NULL,
    "renewalOfId" TEXT,
    "invoicePostedAt" TIMESTAMPTZ(3),
    "invoicePostedById" TEXT,
    "purgedAt" TIMESTAMPTZ(3),
    "purgeCounts" JSONB,
    "erasedByDirectorAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SchoolLicence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaturaSubjectList" (
    "examYear" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MaturaSubjectList_pkey" PRIMARY KEY ("examYear")
);

-- CreateTable
CREATE TABLE "MaturaStudent" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "licenceId" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "className" TEXT NOT NULL,
    "formula" TEXT NOT NULL,
    "vocationalExemption" BOOLEAN NOT NULL DEFAULT false,
    "ownLanguage" TEXT,
    "lateStart" BOOLEAN NOT NULL DEFAULT false,
    "checkedAt" TIMESTAMPTZ(3),
    "checkedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MaturaStudent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaturaExam" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "environment" JSONB,

    CONSTRAINT "MaturaExam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeclarationUnlock" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "byId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "DeclarationUnlock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExamRoom" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "licenceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "seats" INTEGER NOT NULL,
    "computers" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ExamRoom_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExamSession" (
    "id" TEXT NOT NULL,
    "examYear" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "level" TEXT,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ExamSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoomSession" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "roomId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMPTZ(3),

    CONSTRAINT "RoomSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoomSeat" (
    "id" TEXT NOT NULL,
    "roomSessionId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,

    CONSTRAINT "RoomSeat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchoolTeacher" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "external" BOOLEAN NOT NULL DEFAULT false,
    "subjects" TEXT[],

    CONSTRAINT "SchoolTeacher_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamMember" (
    "id" TEXT NOT NULL,
    "roomSessionId" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "TeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "School_okeCode_key" ON "School"("okeCode");

-- CreateIndex
CREATE INDEX "SchoolStaff_userId_idx" ON "SchoolStaff"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "SchoolStaff_schoolId_userId_key" ON "SchoolStaff"("schoolId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "SchoolLicence_contractId_key" ON "SchoolLicence"("contractId");

-- CreateIndex
CREATE UNIQUE INDEX "SchoolLicence_renewalOfId_key" ON "SchoolLicence"("renewalOfId");

-- CreateIndex
CREATE UNIQUE INDEX "SchoolLicence_schoolId_examYear_key" ON "SchoolLicence"("schoolId", "examYear");

-- CreateIndex
CREATE INDEX "MaturaStudent_schoolId_licenceId_idx" ON "MaturaStudent"("schoolId", "licenceId");

-- CreateIndex
CREATE INDEX "MaturaExam_schoolId_subject_idx" ON "MaturaExam"("schoolId", "subject");

-- CreateIndex
CREATE UNIQUE INDEX "MaturaExam_studentId_subject_part_level_key" ON "MaturaExam"("studentId", "subject", "part", "level");

-- CreateIndex
CREATE INDEX "ExamSession_examYear_idx" ON "ExamSession"("examYear");

-- CreateIndex
CREATE UNIQUE INDEX "RoomSession_roomId_sessionId_key" ON "RoomSession"("roomId", "sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "RoomSeat_roomSessionId_studentId_key" ON "RoomSeat"("roomSessionId", "studentId");

-- CreateIndex
CREATE INDEX "SchoolTeacher_schoolId_idx" ON "SchoolTeacher"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamMember_roomSessionId_teacherId_key" ON "TeamMember"("roomSessionId", "teacherId");

-- AddForeignKey
ALTER TABLE "SchoolStaff" ADD CONSTRAINT "SchoolStaff_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolStaff" ADD CONSTRAINT "SchoolStaff_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolLicence" ADD CONSTRAINT "SchoolLicence_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaturaStudent" ADD CONSTRAINT "MaturaStudent_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaturaStudent" ADD CONSTRAINT "MaturaStudent_licenceId_fkey" FOREIGN KEY ("licenceId") REFERENCES "SchoolLicence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaturaExam" ADD CONSTRAINT "MaturaExam_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "MaturaStudent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeclarationUnlock" ADD CONSTRAINT "DeclarationUnlock_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "MaturaStudent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExamRoom" ADD CONSTRAINT "ExamRoom_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExamRoom" ADD CONSTRAINT "ExamRoom_licenceId_fkey" FOREIGN KEY ("licenceId") REFERENCES "SchoolLicence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomSession" ADD CONSTRAINT "RoomSession_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "ExamRoom"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomSession" ADD CONSTRAINT "RoomSession_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ExamSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomSeat" ADD CONSTRAINT "RoomSeat_roomSessionId_fkey" FOREIGN KEY ("roomSessionId") REFERENCES "RoomSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomSeat" ADD CONSTRAINT "RoomSeat_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "MaturaStudent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolTeacher" ADD CONSTRAINT "SchoolTeacher_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_roomSessionId_fkey" FOREIGN KEY ("roomSessionId") REFERENCES "RoomSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamMember" ADD CONSTRAINT "TeamMember_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "SchoolTeacher"("id") ON DELETE CASCADE ON UPDATE CASCADE;
