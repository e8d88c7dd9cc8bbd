-- AlterTable
ALTER TABLE "ImportRun" ADD COLUMN     "jobId" TEXT;

-- AlterTable
ALTER TABLE "Licence" ADD COLUMN     "expiryNotifiedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'created',
    "retryCount" INTEGER NOT NULL DEFAULT 0,
    "retryLimit" INTEGER NOT NULL,
    "retryDelay" INTEGER NOT NULL,
    "retryBackoff" BOOLEAN NOT NULL,
    "expireInSeconds" INTEGER NOT NULL,
    "startAfter" TIMESTAMP(3) NOT NULL,
    "startedOn" TIMESTAMP(3),
    "completedOn" TIMESTAMP(3),
    "output" TEXT,
    "createdOn" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Job_state_startAfter_idx" ON "Job"("state", "startAfter");

-- CreateIndex
CREATE INDEX "Job_name_state_createdOn_idx" ON "Job"("name", "state", "createdOn");

-- CreateIndex
CREATE INDEX "Job_createdOn_idx" ON "Job"("createdOn");

-- CreateIndex
CREATE INDEX "ImportRun_jobId_idx" ON "ImportRun"("jobId");
