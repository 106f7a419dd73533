-- CreateEnum
CREATE TYPE "CentreKind" AS ENUM ('CENTRE', 'PARTNER_SCHOOL');

-- CreateEnum
CREATE TYPE "DeskMethod" AS ENUM ('CASH', 'CARD');

-- AlterEnum
ALTER TYPE "BillingPayMethod" ADD VALUE 'DESK';

-- AlterTable
ALTER TABLE "Child" ADD COLUMN     "birthDate" DATE;

-- CreateTable
CREATE TABLE "Centre" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CentreKind" NOT NULL DEFAULT 'CENTRE',
    "city" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "continuationKind" "DiscountKind" NOT NULL DEFAULT 'PERCENT',
    "continuationValue" INTEGER NOT NULL DEFAULT 1000,
    "continuationFrom" DATE,
    "continuationTo" DATE,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Centre_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CentreProgramme" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "minAge" INTEGER NOT NULL,
    "maxAge" INTEGER NOT NULL,
    "description" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CentreProgramme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CentreGroup" (
    "id" TEXT NOT NULL,
    "liveGroupId" TEXT NOT NULL,
    "centreId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "schoolYear" INTEGER NOT NULL,
    "classes" INTEGER NOT NULL,
    "priceAnnual" INTEGER NOT NULL,
    "priceHalf" INTEGER NOT NULL,
    "priceTen" INTEGER NOT NULL,
    "starterPack" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CentreGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeskReceipt" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "chargeId" TEXT NOT NULL,
    "centreId" TEXT,
    "method" "DeskMethod" NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "orderId" TEXT,
    "bookedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeskReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeskReceiptCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DeskReceiptCounter_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE UNIQUE INDEX "Centre_slug_key" ON "Centre"("slug");

-- CreateIndex
CREATE INDEX "Centre_city_idx" ON "Centre"("city");

-- CreateIndex
CREATE UNIQUE INDEX "CentreProgramme_slug_key" ON "CentreProgramme"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "CentreGroup_liveGroupId_key" ON "CentreGroup"("liveGroupId");

-- CreateIndex
CREATE INDEX "CentreGroup_centreId_schoolYear_idx" ON "CentreGroup"("centreId", "schoolYear");

-- CreateIndex
CREATE INDEX "CentreGroup_programmeId_schoolYear_idx" ON "CentreGroup"("programmeId", "schoolYear");

-- CreateIndex
CREATE UNIQUE INDEX "DeskReceipt_number_key" ON "DeskReceipt"("number");

-- CreateIndex
CREATE UNIQUE INDEX "DeskReceipt_chargeId_key" ON "DeskReceipt"("chargeId");

-- CreateIndex
CREATE INDEX "DeskReceipt_centreId_createdAt_idx" ON "DeskReceipt"("centreId", "createdAt");

-- AddForeignKey
ALTER TABLE "CentreGroup" ADD CONSTRAINT "CentreGroup_liveGroupId_fkey" FOREIGN KEY ("liveGroupId") REFERENCES "LiveGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CentreGroup" ADD CONSTRAINT "CentreGroup_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CentreGroup" ADD CONSTRAINT "CentreGroup_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "CentreProgramme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeskReceipt" ADD CONSTRAINT "DeskReceipt_centreId_fkey" FOREIGN KEY ("centreId") REFERENCES "Centre"("id") ON DELETE SET NULL ON UPDATE CASCADE;
