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

-- CreateTable
CREATE TABLE "PriceList" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "termMonths" INTEGER NOT NULL,
    "uses" TEXT NOT NULL,
    "selfServeMaxStudies" INTEGER,
    "selfServeMaxMinor" BIGINT,
    "note" TEXT,
    "publishedById" TEXT,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PriceList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementVersion" (
    "id" TEXT NOT NULL,
    "use" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "publishedById" TEXT,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementAcceptance" (
    "id" TEXT NOT NULL,
    "agreementVersionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "userEmail" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,
    "acceptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sequence" (
    "name" TEXT NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "Sequence_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "enquiryId" TEXT,
    "organizationId" TEXT NOT NULL,
    "contactName" TEXT,
    "contactEmail" TEXT NOT NULL,
    "use" TEXT NOT NULL,
    "cohortId" TEXT,
    "cohortFilter" TEXT NOT NULL,
    "cohortLabel" TEXT NOT NULL,
    "catalogueVersion" INTEGER NOT NULL,
    "studyCount" INTEGER NOT NULL,
    "sizeBytes" BIGINT NOT NULL,
    "priceListId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "termMonths" INTEGER NOT NULL,
    "unitPriceMinor" BIGINT NOT NULL,
    "subtotalMinor" BIGINT NOT NULL,
    "discountMinor" BIGINT NOT NULL DEFAULT 0,
    "discountReason" TEXT,
    "totalMinor" BIGINT NOT NULL,
    "validUntil" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'SENT',
    "withdrawnReason" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "buyerId" TEXT,
    "quoteId" TEXT,
    "use" TEXT NOT NULL,
    "cohortId" TEXT,
    "cohortFilter" TEXT NOT NULL,
    "cohortLabel" TEXT NOT NULL,
    "catalogueVersion" INTEGER NOT NULL,
    "studyCount" INTEGER NOT NULL,
    "sizeBytes" BIGINT NOT NULL,
    "priceListId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "termMonths" INTEGER NOT NULL,
    "amountMinor" BIGINT NOT NULL,
    "mode" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "acceptanceId" TEXT NOT NULL,
    "stripeCheckoutSessionId" TEXT,
    "stripePaymentIntentId" TEXT,
    "checkoutUrl" TEXT,
    "invoiceNumber" INTEGER,
    "billing" TEXT,
    "paymentReference" TEXT,
    "paidAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "closedReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Licence" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "datasetSlug" TEXT NOT NULL,
    "use" TEXT NOT NULL,
    "cohortId" TEXT,
    "cohortFilter" TEXT NOT NULL,
    "cohortLabel" TEXT NOT NULL,
    "catalogueVersion" INTEGER NOT NULL,
    "studyCount" INTEGER NOT NULL,
    "sizeBytes" BIGINT NOT NULL,
    "orderId" TEXT,
    "acceptanceId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "termMonths" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "revokedReason" TEXT,
    "revokedAt" TIMESTAMP(3),
    "grantedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Licence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripeEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "processedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StripeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillingProfile" (
    "organizationId" TEXT NOT NULL,
    "legalName" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "vatNumber" TEXT,
    "email" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BillingProfile_pkey" PRIMARY KEY ("organizationId")
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
CREATE UNIQUE INDEX "PriceList_version_key" ON "PriceList"("version");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementVersion_use_version_key" ON "AgreementVersion"("use", "version");

-- CreateIndex
CREATE INDEX "AgreementAcceptance_organizationId_acceptedAt_idx" ON "AgreementAcceptance"("organizationId", "acceptedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Quote_number_key" ON "Quote"("number");

-- CreateIndex
CREATE INDEX "Quote_status_createdAt_idx" ON "Quote"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Quote_organizationId_createdAt_idx" ON "Quote"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "Quote_enquiryId_idx" ON "Quote"("enquiryId");

-- CreateIndex
CREATE UNIQUE INDEX "Order_stripeCheckoutSessionId_key" ON "Order"("stripeCheckoutSessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Order_stripePaymentIntentId_key" ON "Order"("stripePaymentIntentId");

-- CreateIndex
CREATE UNIQUE INDEX "Order_invoiceNumber_key" ON "Order"("invoiceNumber");

-- CreateIndex
CREATE INDEX "Order_organizationId_createdAt_idx" ON "Order"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "Order_status_createdAt_idx" ON "Order"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Licence_number_key" ON "Licence"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Licence_orderId_key" ON "Licence"("orderId");

-- CreateIndex
CREATE INDEX "Licence_organizationId_status_expiresAt_idx" ON "Licence"("organizationId", "status", "expiresAt");

-- CreateIndex
CREATE INDEX "Licence_status_createdAt_idx" ON "Licence"("status", "createdAt");

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

-- AddForeignKey
ALTER TABLE "AgreementAcceptance" ADD CONSTRAINT "AgreementAcceptance_agreementVersionId_fkey" FOREIGN KEY ("agreementVersionId") REFERENCES "AgreementVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_priceListId_fkey" FOREIGN KEY ("priceListId") REFERENCES "PriceList"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_priceListId_fkey" FOREIGN KEY ("priceListId") REFERENCES "PriceList"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_acceptanceId_fkey" FOREIGN KEY ("acceptanceId") REFERENCES "AgreementAcceptance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Licence" ADD CONSTRAINT "Licence_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Licence" ADD CONSTRAINT "Licence_acceptanceId_fkey" FOREIGN KEY ("acceptanceId") REFERENCES "AgreementAcceptance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
