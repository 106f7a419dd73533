-- CreateEnum
CREATE TYPE "ContractStatus" AS ENUM ('PENDING', 'ACTIVE', 'SUSPENDED', 'ENDED', 'VOID');

-- CreateEnum
CREATE TYPE "BillingPlanKind" AS ENUM ('FULL', 'MONTHLY', 'SESSIONS', 'INSTALMENTS', 'PROFORMA');

-- CreateEnum
CREATE TYPE "BillingPayMethod" AS ENUM ('LINK', 'CARD', 'TRANSFER');

-- CreateEnum
CREATE TYPE "BillingTermination" AS ENUM ('END_OF_PAID_MONTH', 'MONTH_NOTICE', 'NO_REFUND', 'PRO_RATA');

-- CreateEnum
CREATE TYPE "ChargeKind" AS ENUM ('PERIOD', 'INSTALMENT', 'FEE', 'SETTLEMENT', 'TOP_UP');

-- CreateEnum
CREATE TYPE "ChargeStatus" AS ENUM ('OPEN', 'PAID', 'CANCELLED');

-- CreateEnum
CREATE TYPE "DiscountKind" AS ENUM ('PERCENT', 'AMOUNT');

-- CreateEnum
CREATE TYPE "ContractDiscountType" AS ENUM ('CODE', 'SIBLING', 'REFERRAL', 'CONTINUATION');

-- CreateEnum
CREATE TYPE "ContractDiscountStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED', 'DROPPED');

-- AlterEnum
ALTER TYPE "OrderItemKind" ADD VALUE 'CONTRACT_CHARGE';

-- AlterTable
ALTER TABLE "OrderItem" ADD COLUMN     "chargeId" TEXT;

-- AlterTable
ALTER TABLE "Enrolment" ADD COLUMN     "contractId" TEXT;

-- AlterTable
ALTER TABLE "LiveGroupMember" ADD COLUMN     "contractId" TEXT;

-- CreateTable
CREATE TABLE "BillingOffer" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "product" TEXT NOT NULL,
    "courseId" TEXT,
    "liveGroupId" TEXT,
    "planKind" "BillingPlanKind" NOT NULL,
    "planCode" TEXT NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'PLN',
    "amount" INTEGER NOT NULL,
    "vatRate" INTEGER NOT NULL DEFAULT 23,
    "periodSessions" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BillingOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "payerId" TEXT NOT NULL,
    "beneficiaryId" TEXT NOT NULL,
    "status" "ContractStatus" NOT NULL DEFAULT 'PENDING',
    "planKind" "BillingPlanKind" NOT NULL,
    "planCode" TEXT NOT NULL,
    "payMethod" "BillingPayMethod" NOT NULL DEFAULT 'LINK',
    "termination" "BillingTermination" NOT NULL,
    "currency" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "vatRate" INTEGER NOT NULL DEFAULT 23,
    "periodSessions" INTEGER,
    "anchorDate" DATE,
    "paidThrough" DATE,
    "reminderOffsets" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "suspendOffset" INTEGER,
    "demandOffset" INTEGER,
    "noticeOffset" INTEGER,
    "terminateOffset" INTEGER,
    "voidOffset" INTEGER,
    "cardToken" TEXT,
    "cardLabel" TEXT,
    "termsVersion" TEXT NOT NULL,
    "signedAt" TIMESTAMPTZ(3) NOT NULL,
    "activatedAt" TIMESTAMPTZ(3),
    "suspendedAt" TIMESTAMPTZ(3),
    "endsOn" DATE,
    "endedAt" TIMESTAMPTZ(3),
    "endReason" TEXT,
    "immediateStartConsent" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractCharge" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "kind" "ChargeKind" NOT NULL,
    "label" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "discount" INTEGER NOT NULL DEFAULT 0,
    "currency" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "periodStart" DATE,
    "periodEnd" DATE,
    "refundable" BOOLEAN NOT NULL DEFAULT true,
    "notifyAt" TIMESTAMPTZ(3),
    "status" "ChargeStatus" NOT NULL DEFAULT 'OPEN',
    "paidAt" TIMESTAMPTZ(3),
    "paidVia" "BillingPayMethod",
    "proformaNumber" TEXT,
    "cancelledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContractCharge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractEvent" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "chargeId" TEXT,
    "actorId" TEXT,
    "detail" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContractEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillingStep" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "chargeId" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "runDay" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BillingStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProformaCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProformaCounter_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "BankTransfer" (
    "id" TEXT NOT NULL,
    "chargeId" TEXT,
    "reference" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "payerName" TEXT,
    "bookedOn" DATE NOT NULL,
    "importId" TEXT,
    "bookedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BankTransfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BankStatementImport" (
    "id" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "importedById" TEXT NOT NULL,
    "lines" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BankStatementImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiscountCode" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "DiscountKind" NOT NULL,
    "value" INTEGER NOT NULL,
    "currency" TEXT,
    "validFrom" TIMESTAMPTZ(3) NOT NULL,
    "validTo" TIMESTAMPTZ(3) NOT NULL,
    "maxUses" INTEGER,
    "maxUsesPerPayer" INTEGER DEFAULT 1,
    "products" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "combinable" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DiscountCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractDiscount" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "type" "ContractDiscountType" NOT NULL,
    "codeId" TEXT,
    "kind" "DiscountKind" NOT NULL,
    "value" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "status" "ContractDiscountStatus" NOT NULL,
    "declared" JSONB,
    "verifiedById" TEXT,
    "verifiedAt" TIMESTAMPTZ(3),
    "reason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContractDiscount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DemoClock" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "offsetMs" BIGINT NOT NULL DEFAULT 0,
    "movedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DemoClock_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BillingOffer_slug_key" ON "BillingOffer"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Contract_number_key" ON "Contract"("number");

-- CreateIndex
CREATE INDEX "Contract_status_idx" ON "Contract"("status");

-- CreateIndex
CREATE INDEX "Contract_payerId_idx" ON "Contract"("payerId");

-- CreateIndex
CREATE INDEX "Contract_beneficiaryId_idx" ON "Contract"("beneficiaryId");

-- CreateIndex
CREATE INDEX "Contract_offerId_idx" ON "Contract"("offerId");

-- CreateIndex
CREATE UNIQUE INDEX "ContractCharge_proformaNumber_key" ON "ContractCharge"("proformaNumber");

-- CreateIndex
CREATE INDEX "ContractCharge_status_dueDate_idx" ON "ContractCharge"("status", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "ContractCharge_contractId_seq_key" ON "ContractCharge"("contractId", "seq");

-- CreateIndex
CREATE INDEX "ContractEvent_contractId_createdAt_idx" ON "ContractEvent"("contractId", "createdAt");

-- CreateIndex
CREATE INDEX "BillingStep_contractId_idx" ON "BillingStep"("contractId");

-- CreateIndex
CREATE UNIQUE INDEX "BillingStep_chargeId_step_key" ON "BillingStep"("chargeId", "step");

-- CreateIndex
CREATE UNIQUE INDEX "BankTransfer_reference_key" ON "BankTransfer"("reference");

-- CreateIndex
CREATE INDEX "BankTransfer_chargeId_idx" ON "BankTransfer"("chargeId");

-- CreateIndex
CREATE UNIQUE INDEX "DiscountCode_code_key" ON "DiscountCode"("code");

-- CreateIndex
CREATE INDEX "ContractDiscount_contractId_idx" ON "ContractDiscount"("contractId");

-- CreateIndex
CREATE INDEX "ContractDiscount_codeId_idx" ON "ContractDiscount"("codeId");

-- CreateIndex
CREATE INDEX "ContractDiscount_status_idx" ON "ContractDiscount"("status");

-- CreateIndex
CREATE INDEX "OrderItem_chargeId_idx" ON "OrderItem"("chargeId");

-- AddForeignKey
ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_chargeId_fkey" FOREIGN KEY ("chargeId") REFERENCES "ContractCharge"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveGroupMember" ADD CONSTRAINT "LiveGroupMember_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "BillingOffer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_payerId_fkey" FOREIGN KEY ("payerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_beneficiaryId_fkey" FOREIGN KEY ("beneficiaryId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractCharge" ADD CONSTRAINT "ContractCharge_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractEvent" ADD CONSTRAINT "ContractEvent_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillingStep" ADD CONSTRAINT "BillingStep_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillingStep" ADD CONSTRAINT "BillingStep_chargeId_fkey" FOREIGN KEY ("chargeId") REFERENCES "ContractCharge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankTransfer" ADD CONSTRAINT "BankTransfer_chargeId_fkey" FOREIGN KEY ("chargeId") REFERENCES "ContractCharge"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankTransfer" ADD CONSTRAINT "BankTransfer_importId_fkey" FOREIGN KEY ("importId") REFERENCES "BankStatementImport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractDiscount" ADD CONSTRAINT "ContractDiscount_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractDiscount" ADD CONSTRAINT "ContractDiscount_codeId_fkey" FOREIGN KEY ("codeId") REFERENCES "DiscountCode"("id") ON DELETE SET NULL ON UPDATE CASCADE;
