-- AlterTable
ALTER TABLE "Study" ADD COLUMN "archiveKey" TEXT;
ALTER TABLE "Study" ADD COLUMN "archiveSha256" TEXT;
ALTER TABLE "Study" ADD COLUMN "archiveSize" BIGINT;

-- CreateTable
CREATE TABLE "CatalogueStudy" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "synthetic" BOOLEAN NOT NULL DEFAULT false
);

-- CreateTable
CREATE TABLE "CatalogueCode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "datasetId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "code" INTEGER NOT NULL,
    "value" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "CatalogueVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "datasetId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "note" TEXT,
    "studies" INTEGER NOT NULL,
    "added" INTEGER NOT NULL,
    "removed" INTEGER NOT NULL,
    "sizeBytes" BIGINT NOT NULL,
    "summary" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CatalogueVersion_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CatalogueCombo" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "sizeBytes" BIGINT NOT NULL
);

-- CreateTable
CREATE TABLE "Cohort" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "datasetId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "filter" TEXT NOT NULL,
    "studies" INTEGER NOT NULL,
    "sizeBytes" BIGINT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Cohort_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

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

-- CreateTable
CREATE TABLE "PriceList" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "termMonths" INTEGER NOT NULL,
    "uses" TEXT NOT NULL,
    "selfServeMaxStudies" INTEGER,
    "selfServeMaxMinor" BIGINT,
    "note" TEXT,
    "publishedById" TEXT,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AgreementVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "use" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "publishedById" TEXT,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AgreementAcceptance" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "agreementVersionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "userEmail" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,
    "acceptedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AgreementAcceptance_agreementVersionId_fkey" FOREIGN KEY ("agreementVersionId") REFERENCES "AgreementVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Sequence" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "value" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "validUntil" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'SENT',
    "withdrawnReason" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Quote_priceListId_fkey" FOREIGN KEY ("priceListId") REFERENCES "PriceList" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "paidAt" DATETIME,
    "closedAt" DATETIME,
    "closedReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Order_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "Quote" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Order_priceListId_fkey" FOREIGN KEY ("priceListId") REFERENCES "PriceList" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Order_acceptanceId_fkey" FOREIGN KEY ("acceptanceId") REFERENCES "AgreementAcceptance" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Licence" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "startsAt" DATETIME,
    "expiresAt" DATETIME,
    "revokedReason" TEXT,
    "revokedAt" DATETIME,
    "grantedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Licence_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Licence_acceptanceId_fkey" FOREIGN KEY ("acceptanceId") REFERENCES "AgreementAcceptance" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StripeEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "type" TEXT NOT NULL,
    "processedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "BillingProfile" (
    "organizationId" TEXT NOT NULL PRIMARY KEY,
    "legalName" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "vatNumber" TEXT,
    "email" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Enquiry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "organization" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "jobRole" TEXT NOT NULL,
    "intendedUse" TEXT NOT NULL,
    "conditions" TEXT NOT NULL,
    "studyCount" INTEGER,
    "timeline" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "consent" BOOLEAN NOT NULL,
    "source" TEXT,
    "cohortId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'NEW',
    "assigneeId" TEXT,
    "ip" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Enquiry_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Enquiry_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Enquiry" ("assigneeId", "conditions", "consent", "country", "createdAt", "email", "id", "intendedUse", "ip", "jobRole", "message", "name", "organization", "searchText", "source", "status", "studyCount", "timeline", "updatedAt") SELECT "assigneeId", "conditions", "consent", "country", "createdAt", "email", "id", "intendedUse", "ip", "jobRole", "message", "name", "organization", "searchText", "source", "status", "studyCount", "timeline", "updatedAt" FROM "Enquiry";
DROP TABLE "Enquiry";
ALTER TABLE "new_Enquiry" RENAME TO "Enquiry";
CREATE UNIQUE INDEX "Enquiry_reference_key" ON "Enquiry"("reference");
CREATE INDEX "Enquiry_status_createdAt_idx" ON "Enquiry"("status", "createdAt");
CREATE INDEX "Enquiry_assigneeId_createdAt_idx" ON "Enquiry"("assigneeId", "createdAt");
CREATE INDEX "Enquiry_intendedUse_createdAt_idx" ON "Enquiry"("intendedUse", "createdAt");
CREATE INDEX "Enquiry_country_createdAt_idx" ON "Enquiry"("country", "createdAt");
CREATE INDEX "Enquiry_createdAt_idx" ON "Enquiry"("createdAt");
CREATE INDEX "Enquiry_name_idx" ON "Enquiry"("name");
CREATE INDEX "Enquiry_email_idx" ON "Enquiry"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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
