-- AlterTable
ALTER TABLE "Study" ADD COLUMN "archiveKey" TEXT;
ALTER TABLE "Study" ADD COLUMN "archiveSha256" TEXT;
ALTER TABLE "Study" ADD COLUMN "archiveSize" BIGINT;

-- CreateTable
CREATE TABLE "DownloadEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "studyId" TEXT,
    "objectKey" TEXT NOT NULL,
    "range" TEXT,
    "status" INTEGER NOT NULL,
    "bytesSent" BIGINT NOT NULL DEFAULT 0,
    "complete" BOOLEAN NOT NULL DEFAULT false,
    "ip" TEXT,
    "userAgent" TEXT,
    "licenceId" TEXT,
    "tokenId" TEXT,
    "userId" TEXT,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "DownloadEvent_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DownloadEvent_studyId_startedAt_idx" ON "DownloadEvent"("studyId", "startedAt");

-- CreateIndex
CREATE INDEX "DownloadEvent_licenceId_startedAt_idx" ON "DownloadEvent"("licenceId", "startedAt");

-- CreateIndex
CREATE INDEX "DownloadEvent_userId_startedAt_idx" ON "DownloadEvent"("userId", "startedAt");
