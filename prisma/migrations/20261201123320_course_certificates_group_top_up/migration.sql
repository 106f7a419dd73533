-- AlterTable
ALTER TABLE "Course" ADD COLUMN     "certificateRegister" TEXT,
ADD COLUMN     "certificateTemplate" TEXT NOT NULL DEFAULT 'STANDARD',
ADD COLUMN     "lessonHours" INTEGER,
ADD COLUMN     "trainingAudience" TEXT,
ADD COLUMN     "trainingForm" TEXT,
ADD COLUMN     "trainingKind" TEXT,
ADD COLUMN     "trainingOrganiser" TEXT;

-- AlterTable
ALTER TABLE "CartItem" ADD COLUMN     "topUpGroupId" TEXT,
ADD COLUMN     "topUpSeats" INTEGER;

-- AlterTable
ALTER TABLE "OrderItem" ADD COLUMN     "topUpGroupId" TEXT;

-- AlterTable
ALTER TABLE "GroupParticipant" ADD COLUMN     "birthDate" DATE,
ADD COLUMN     "birthPlace" TEXT;
