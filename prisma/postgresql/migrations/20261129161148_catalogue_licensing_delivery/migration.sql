/*
  Warnings:

  - A unique constraint covering the columns `[reference]` on the table `Enquiry` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "Enquiry" ADD COLUMN     "cohortId" TEXT,
ADD COLUMN     "reference" TEXT;

-- AlterTable
ALTER TABLE "Study" ADD COLUMN     "archiveKey" TEXT,
ADD COLUMN     "archiveSha256" TEXT,
ADD COLUMN     "archiveSize" BIGINT;

-- CreateTable
CREATE TABLE "CatalogueStudy" (
    "id" SERIAL NOT NULL,
    "datasetId" TEXT NOT NULL,
    "studyInstanceUid" TEXT NOT NULL,
    "addedIn" INTEGER NOT NULL,
    "removedIn" INTEGER,
    "conditions" INTEGER NOT NULL,
    "primaryCondition" INTEGER NOT NULL,
    "method" INTEGER NOT NULL,
    "sequences" INTEGER NOT NULL,
    "sex" INTEGER NOT NULL,
    "age" INTEGER NOT NULL,
    "race" INTEGER NOT NULL,
    "manufacturer" INTEGER NOT NULL,
    "model" INTEGER NOT NULL,
    "fieldStrength" INTEGER NOT NULL,
    "studyYear" INTEGER NOT NULL,
    "seriesCount" INTEGER NOT NULL,
    "instanceCount" INTEGER NOT NULL,
    "sizeBytes" BIGINT NOT NULL,
    "objectKey" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "CatalogueStudy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogueCode" (
    "id" TEXT NOT NULL,
    "datasetId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "code" INTEGER NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "CatalogueCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogueVersion" (
    "id" TEXT NOT NULL,
    "datasetId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "note" TEXT,
    "studies" INTEGER NOT NULL,
    "added" INTEGER NOT NULL,
    "removed" INTEGER NOT NULL,
    "sizeBytes" BIGINT NOT NULL,
    "summary" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CatalogueVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogueCombo" (
    "id" SERIAL NOT NULL,
    "datasetId" TEXT NOT NULL,
    "conditions" INTEGER NOT NULL,
    "method" INTEGER NOT NULL,
    "sequences" INTEGER NOT NULL,
    "sex" INTEGER NOT NULL,
    "age" INTEGER NOT NULL,
    "manufacturer" INTEGER NOT NULL,
    "model" INTEGER NOT NULL,
    "fieldStrength" INTEGER NOT NULL,
    "addedIn" INTEGER NOT NULL,
    "removedIn" INTEGER NOT NULL,
    "studies" INTEGER NOT NULL,
    "sizeBytes" BIGINT NOT NULL,

    CONSTRAINT "CatalogueCombo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cohort" (
    "id" TEXT NOT NULL,
    "datasetId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "filter" TEXT NOT NULL,
    "studies" INTEGER NOT NULL,
    "sizeBytes" BIGINT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Cohort_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DownloadEvent" (
    "id" TEXT NOT NULL,
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
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "DownloadEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CatalogueStudy_datasetId_addedIn_idx" ON "CatalogueStudy"("datasetId", "addedIn");

-- CreateIndex
CREATE INDEX "CatalogueStudy_datasetId_removedIn_idx" ON "CatalogueStudy"("datasetId", "removedIn");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueStudy_datasetId_studyInstanceUid_addedIn_key" ON "CatalogueStudy"("datasetId", "studyInstanceUid", "addedIn");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueCode_datasetId_kind_value_key" ON "CatalogueCode"("datasetId", "kind", "value");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueCode_datasetId_kind_code_key" ON "CatalogueCode"("datasetId", "kind", "code");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueVersion_datasetId_number_key" ON "CatalogueVersion"("datasetId", "number");

-- CreateIndex
CREATE INDEX "CatalogueCombo_datasetId_idx" ON "CatalogueCombo"("datasetId");

-- CreateIndex
CREATE INDEX "Cohort_datasetId_createdAt_idx" ON "Cohort"("datasetId", "createdAt");

-- CreateIndex
CREATE INDEX "DownloadEvent_studyId_startedAt_idx" ON "DownloadEvent"("studyId", "startedAt");

-- CreateIndex
CREATE INDEX "DownloadEvent_licenceId_startedAt_idx" ON "DownloadEvent"("licenceId", "startedAt");

-- CreateIndex
CREATE INDEX "DownloadEvent_userId_startedAt_idx" ON "DownloadEvent"("userId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Enquiry_reference_key" ON "Enquiry"("reference");

-- AddForeignKey
ALTER TABLE "CatalogueVersion" ADD CONSTRAINT "CatalogueVersion_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enquiry" ADD CONSTRAINT "Enquiry_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DownloadEvent" ADD CONSTRAINT "DownloadEvent_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE SET NULL ON UPDATE CASCADE;
