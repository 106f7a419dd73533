-- CreateEnum
CREATE TYPE "ClassChangeStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "FamilyPackageStatus" AS ENUM ('PENDING_PAYMENT', 'ACTIVE', 'RESIGNED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "FamilyCancellationKind" AS ENUM ('RESIGNATION', 'WITHDRAWAL');

-- CreateEnum
CREATE TYPE "FamilyCancellationStatus" AS ENUM ('PENDING', 'REFUNDED', 'CLOSED');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'CHILD';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "country" TEXT,
ADD COLUMN     "parentId" TEXT,
ADD COLUMN     "phone" TEXT;

-- AlterTable
ALTER TABLE "OrderItem" ADD COLUMN     "childId" TEXT,
ADD COLUMN     "details" JSONB,
ADD COLUMN     "kind" TEXT;

-- CreateTable
CREATE TABLE "Child" (
    "id" TEXT NOT NULL,
    "parentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "birthYear" INTEGER NOT NULL,
    "classShift" INTEGER NOT NULL DEFAULT 0,
    "requestedShift" INTEGER,
    "classChangeStatus" "ClassChangeStatus",
    "classChangeAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Child_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FamilyPackage" (
    "id" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "packageCode" TEXT NOT NULL,
    "schoolYear" INTEGER NOT NULL,
    "classNumber" INTEGER,
    "currency" TEXT NOT NULL,
    "amountPaid" INTEGER NOT NULL,
    "addOns" JSONB NOT NULL,
    "orderId" TEXT NOT NULL,
    "orderItemId" TEXT NOT NULL,
    "status" "FamilyPackageStatus" NOT NULL DEFAULT 'PENDING_PAYMENT',
    "paidAt" TIMESTAMPTZ(3),
    "accessEndsAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FamilyPackage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FamilyTrial" (
    "id" TEXT NOT NULL,
    "parentId" TEXT NOT NULL,
    "schoolYear" INTEGER NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FamilyTrial_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "id" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "plnPerUnitTimes10000" INTEGER NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'zespół',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FamilyCancellation" (
    "id" TEXT NOT NULL,
    "packageId" TEXT NOT NULL,
    "kind" "FamilyCancellationKind" NOT NULL,
    "filedAt" TIMESTAMPTZ(3) NOT NULL,
    "effectiveAt" TIMESTAMPTZ(3) NOT NULL,
    "unusedMonths" INTEGER,
    "refundAmount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "status" "FamilyCancellationStatus" NOT NULL DEFAULT 'PENDING',
    "refundId" TEXT,
    "processedAt" TIMESTAMPTZ(3),

    CONSTRAINT "FamilyCancellation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Child_userId_key" ON "Child"("userId");

-- CreateIndex
CREATE INDEX "Child_parentId_idx" ON "Child"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "FamilyPackage_orderItemId_key" ON "FamilyPackage"("orderItemId");

-- CreateIndex
CREATE INDEX "FamilyPackage_childId_schoolYear_idx" ON "FamilyPackage"("childId", "schoolYear");

-- CreateIndex
CREATE INDEX "FamilyPackage_orderId_idx" ON "FamilyPackage"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "FamilyTrial_parentId_schoolYear_key" ON "FamilyTrial"("parentId", "schoolYear");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeRate_currency_effectiveOn_key" ON "ExchangeRate"("currency", "effectiveOn");

-- CreateIndex
CREATE UNIQUE INDEX "FamilyCancellation_packageId_key" ON "FamilyCancellation"("packageId");

-- CreateIndex
CREATE INDEX "FamilyCancellation_status_filedAt_idx" ON "FamilyCancellation"("status", "filedAt");

-- AddForeignKey
ALTER TABLE "Child" ADD CONSTRAINT "Child_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Child" ADD CONSTRAINT "Child_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilyPackage" ADD CONSTRAINT "FamilyPackage_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilyTrial" ADD CONSTRAINT "FamilyTrial_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FamilyCancellation" ADD CONSTRAINT "FamilyCancellation_packageId_fkey" FOREIGN KEY ("packageId") REFERENCES "FamilyPackage"("id") ON DELETE CASCADE ON UPDATE CASCADE;
