-- CreateTable
CREATE TABLE "AccessToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "licenceId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "revokedById" TEXT,
    "lastUsedAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "AccessToken_tokenHash_key" ON "AccessToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AccessToken_licenceId_createdAt_idx" ON "AccessToken"("licenceId", "createdAt");

-- CreateIndex
CREATE INDEX "AccessToken_userId_kind_createdAt_idx" ON "AccessToken"("userId", "kind", "createdAt");

-- CreateIndex
CREATE INDEX "AccessToken_organizationId_createdAt_idx" ON "AccessToken"("organizationId", "createdAt");
