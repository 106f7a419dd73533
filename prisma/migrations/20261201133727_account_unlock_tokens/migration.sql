-- CreateTable
CREATE TABLE "AccountUnlockToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountUnlockToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccountUnlockToken_tokenHash_key" ON "AccountUnlockToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AccountUnlockToken_userId_idx" ON "AccountUnlockToken"("userId");

-- AddForeignKey
ALTER TABLE "AccountUnlockToken" ADD CONSTRAINT "AccountUnlockToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
