-- AlterTable
ALTER TABLE "ImportRun" ADD COLUMN "jobId" TEXT;

-- AlterTable
ALTER TABLE "Licence" ADD COLUMN "expiryNotifiedAt" DATETIME;

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'created',
    "retryCount" INTEGER NOT NULL DEFAULT 0,
    "retryLimit" INTEGER NOT NULL,
    "retryDelay" INTEGER NOT NULL,
    "retryBackoff" BOOLEAN NOT NULL,
    "expireInSeconds" INTEGER NOT NULL,
    "startAfter" DATETIME NOT NULL,
    "startedOn" DATETIME,
    "completedOn" DATETIME,
    "output" TEXT,
    "createdOn" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Job_state_startAfter_idx" ON "Job"("state", "startAfter");

-- CreateIndex
CREATE INDEX "Job_name_state_createdOn_idx" ON "Job"("name", "state", "createdOn");

-- CreateIndex
CREATE INDEX "Job_createdOn_idx" ON "Job"("createdOn");

-- CreateIndex
CREATE INDEX "ImportRun_jobId_idx" ON "ImportRun"("jobId");
