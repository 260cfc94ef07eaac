-- DropIndex
DROP INDEX "UsageEvent_receivedAt_idx";

-- AlterTable
ALTER TABLE "Meter" ADD COLUMN     "droppedEvents" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "ingestRules" JSONB NOT NULL DEFAULT '[]';

-- CreateIndex
CREATE INDEX "UsageEvent_receivedAt_idx" ON "UsageEvent"("receivedAt");

