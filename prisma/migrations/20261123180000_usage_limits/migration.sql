-- CreateEnum
CREATE TYPE "UsageLimitAction" AS ENUM ('WARNING', 'DISABLE');

-- CreateTable
CREATE TABLE "UsageLimit" (
    "id" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "meterId" TEXT NOT NULL,
    "threshold" DECIMAL(40,12) NOT NULL,
    "action" "UsageLimitAction" NOT NULL,
    "name" TEXT,
    "description" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "UsageLimit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsageLimitCrossing" (
    "limitId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "periodStart" TIMESTAMPTZ(3) NOT NULL,
    "periodEnd" TIMESTAMPTZ(3) NOT NULL,
    "quantity" DECIMAL(40,12) NOT NULL,
    "threshold" DECIMAL(40,12) NOT NULL,
    "action" "UsageLimitAction" NOT NULL,
    "detectedAt" TIMESTAMPTZ(3) NOT NULL,
    "eventId" TEXT NOT NULL,

    CONSTRAINT "UsageLimitCrossing_pkey" PRIMARY KEY ("limitId","revision","periodStart")
);

-- CreateTable
CREATE TABLE "UsageLimitWatermark" (
    "id" TEXT NOT NULL DEFAULT 'default',
    "evaluatedUpTo" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "UsageLimitWatermark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "customerId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "deliveredAt" TIMESTAMPTZ(3),

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UsageLimit_customerId_meterId_idx" ON "UsageLimit"("customerId", "meterId");

-- CreateIndex
CREATE INDEX "UsageLimit_meterId_idx" ON "UsageLimit"("meterId");

-- CreateIndex
CREATE INDEX "UsageLimitCrossing_periodEnd_idx" ON "UsageLimitCrossing"("periodEnd");

-- CreateIndex
CREATE INDEX "WebhookEvent_type_createdAt_idx" ON "WebhookEvent"("type", "createdAt");

-- CreateIndex
CREATE INDEX "WebhookEvent_createdAt_idx" ON "WebhookEvent"("createdAt");

-- CreateIndex
CREATE INDEX "WebhookEvent_customerId_createdAt_idx" ON "WebhookEvent"("customerId", "createdAt");

-- CreateIndex
CREATE INDEX "WebhookEvent_deliveredAt_idx" ON "WebhookEvent"("deliveredAt");

-- AddForeignKey
ALTER TABLE "UsageLimit" ADD CONSTRAINT "UsageLimit_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsageLimit" ADD CONSTRAINT "UsageLimit_meterId_fkey" FOREIGN KEY ("meterId") REFERENCES "Meter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsageLimitCrossing" ADD CONSTRAINT "UsageLimitCrossing_limitId_fkey" FOREIGN KEY ("limitId") REFERENCES "UsageLimit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

