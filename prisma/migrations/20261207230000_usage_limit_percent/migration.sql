-- A usage limit's threshold may be a percentage of the included quantity instead of a quantity;
-- the quantity it was last compared to is kept, and a crossing is keyed by it too.
ALTER TABLE "UsageLimit" ADD COLUMN     "evaluatedThreshold" DECIMAL(40,12),
ADD COLUMN     "thresholdPercent" DECIMAL(7,2),
ALTER COLUMN "threshold" DROP NOT NULL;

UPDATE "UsageLimit" SET "evaluatedThreshold" = "threshold";

ALTER TABLE "UsageLimit" ADD CONSTRAINT "UsageLimit_one_threshold_check" CHECK (("threshold" IS NULL) <> ("thresholdPercent" IS NULL));

-- AlterTable
ALTER TABLE "UsageLimitCrossing" DROP CONSTRAINT "UsageLimitCrossing_pkey",
ADD CONSTRAINT "UsageLimitCrossing_pkey" PRIMARY KEY ("limitId", "revision", "periodStart", "threshold");
