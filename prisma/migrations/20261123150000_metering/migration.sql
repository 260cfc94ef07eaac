-- CreateEnum
CREATE TYPE "MeterAggregation" AS ENUM ('COUNT', 'SUM', 'MAX', 'UNIQUE_COUNT', 'LATEST', 'WEIGHTED_SUM');

-- CreateTable
CREATE TABLE "Meter" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "eventName" TEXT NOT NULL,
    "aggregation" "MeterAggregation" NOT NULL,
    "property" TEXT,
    "filters" JSONB NOT NULL DEFAULT '[]',
    "groupBy" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Meter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsageEvent" (
    "transactionId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "eventName" TEXT NOT NULL,
    "timestamp" TIMESTAMPTZ(3) NOT NULL,
    "properties" JSONB NOT NULL DEFAULT '{}',
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "uncountedReason" TEXT,

    CONSTRAINT "UsageEvent_pkey" PRIMARY KEY ("transactionId")
);

-- CreateTable
CREATE TABLE "UsageRollup" (
    "meterId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "bucketStart" TIMESTAMPTZ(3) NOT NULL,
    "dimensions" TEXT NOT NULL,
    "count" BIGINT NOT NULL,
    "sum" DECIMAL(40,12) NOT NULL,
    "max" DECIMAL(40,12),
    "latestAt" TIMESTAMPTZ(3),
    "latestTxn" TEXT,
    "latestValue" DECIMAL(40,12),

    CONSTRAINT "UsageRollup_pkey" PRIMARY KEY ("meterId","customerId","bucketStart","dimensions")
);

-- CreateTable
CREATE TABLE "UsageRollupValue" (
    "meterId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "bucketStart" TIMESTAMPTZ(3) NOT NULL,
    "dimensions" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "UsageRollupValue_pkey" PRIMARY KEY ("meterId","customerId","bucketStart","dimensions","value")
);

-- CreateTable
CREATE TABLE "UsageRollupState" (
    "id" TEXT NOT NULL DEFAULT 'default',
    "rolledUpTo" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "UsageRollupState_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Meter_code_key" ON "Meter"("code");

-- CreateIndex
CREATE INDEX "Meter_eventName_idx" ON "Meter"("eventName");

-- CreateIndex
CREATE INDEX "UsageEvent_customerId_eventName_timestamp_idx" ON "UsageEvent"("customerId", "eventName", "timestamp");

-- CreateIndex
CREATE INDEX "UsageEvent_receivedAt_idx" ON "UsageEvent" USING BRIN ("receivedAt");

-- Usage charges created before meters existed name meters that cannot exist yet: unlink them
-- (the charge stays; a meter is linked again by editing the plan).
UPDATE "PlanCharge" SET "meterId" = NULL WHERE "meterId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Meter" m WHERE m."id" = "PlanCharge"."meterId");

-- AddForeignKey
ALTER TABLE "PlanCharge" ADD CONSTRAINT "PlanCharge_meterId_fkey" FOREIGN KEY ("meterId") REFERENCES "Meter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsageEvent" ADD CONSTRAINT "UsageEvent_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

