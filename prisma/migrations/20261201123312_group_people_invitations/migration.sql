-- AlterTable
ALTER TABLE "User" ADD COLUMN     "disabledAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "GroupParticipant" ADD COLUMN     "deactivatedAt" TIMESTAMPTZ(3),
ADD COLUMN     "remindedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "CertificateReplacement" (
    "id" TEXT NOT NULL,
    "oldNumber" TEXT NOT NULL,
    "certificateId" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "courseTitle" TEXT NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL,
    "replacedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CertificateReplacement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupAdmin" (
    "groupId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "addedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupAdmin_pkey" PRIMARY KEY ("groupId","userId")
);

-- CreateTable
CREATE TABLE "AccountInvitation" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CertificateReplacement_oldNumber_key" ON "CertificateReplacement"("oldNumber");

-- CreateIndex
CREATE INDEX "CertificateReplacement_certificateId_idx" ON "CertificateReplacement"("certificateId");

-- CreateIndex
CREATE INDEX "GroupAdmin_userId_idx" ON "GroupAdmin"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "AccountInvitation_tokenHash_key" ON "AccountInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "AccountInvitation_userId_idx" ON "AccountInvitation"("userId");

-- AddForeignKey
ALTER TABLE "CertificateReplacement" ADD CONSTRAINT "CertificateReplacement_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "Certificate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupAdmin" ADD CONSTRAINT "GroupAdmin_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupAdmin" ADD CONSTRAINT "GroupAdmin_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountInvitation" ADD CONSTRAINT "AccountInvitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountInvitation" ADD CONSTRAINT "AccountInvitation_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Scrub: "Wyślij dane uczestnikowi" used to e-mail a participant's login and password in clear
-- text, and the outbox kept it. Every such message loses its body and props (the password);
-- one still queued is never sent (FAILED), since it would only say that nothing is in it.
UPDATE "EmailMessage"
SET "html" = '<p>Treść tej wiadomości usunięto: zawierała hasło uczestnika. Hasła nie są już wysyłane e-mailem.</p>',
    "text" = 'Treść tej wiadomości usunięto: zawierała hasło uczestnika. Hasła nie są już wysyłane e-mailem.',
    "props" = NULL,
    "status" = CASE WHEN "status" = 'QUEUED' THEN 'FAILED'::"EmailStatus" ELSE "status" END,
    "lastError" = CASE WHEN "status" = 'QUEUED' THEN 'scrubbed: contained a password' ELSE "lastError" END
WHERE "template" = 'group-participant-credentials';
