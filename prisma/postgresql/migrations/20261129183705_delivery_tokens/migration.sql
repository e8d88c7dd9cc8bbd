-- CreateTable
CREATE TABLE "AccessToken" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "licenceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "AccessToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccessToken_tokenHash_key" ON "AccessToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AccessToken_licenceId_createdAt_idx" ON "AccessToken"("licenceId", "createdAt");

-- CreateIndex
CREATE INDEX "AccessToken_userId_kind_createdAt_idx" ON "AccessToken"("userId", "kind", "createdAt");

-- CreateIndex
CREATE INDEX "AccessToken_organizationId_createdAt_idx" ON "AccessToken"("organizationId", "createdAt");
