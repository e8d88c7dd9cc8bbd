// Helpers for the licensing specs: signed cohort links (the app's own HMAC over the snapshot, with the e2e app's
// secret), and direct reads of what the app stored.
import crypto from "node:crypto";
import { E2E_AUTH_SECRET } from "./e2e-env";
import { e2eDb, newId, row, sqlDate } from "./auth-db";

export interface Cohort {
  cohortId: null;
  filter: string;
  label: string;
  catalogueVersion: number;
  studyCount: number;
  sizeBytes: number;
}

export const cohort = (studyCount: number, label = "Disc herniation, MRI"): Cohort => ({
  cohortId: null,
  filter: JSON.stringify({ conditions: [label] }),
  label,
  catalogueVersion: 1,
  studyCount,
  sizeBytes: studyCount * 80_000_000,
});

// The e2e app runs with a known AUTH_SECRET (e2e/support/e2e-env.ts), which signs cohort links.
async function appSecret(): Promise<string> {
  return E2E_AUTH_SECRET;
}

export async function buyLink(c: Cohort, use = "research"): Promise<string> {
  const encoded = Buffer.from(JSON.stringify(c)).toString("base64url");
  const s = crypto
    .createHmac("sha256", await appSecret())
    .update(`cohort:${encoded}`)
    .digest("hex");
  return `/buy?${new URLSearchParams({ c: encoded, s, use })}`;
}

export const orderOf = (id: string) =>
  row<{ status: string; invoiceNumber: number | null; organizationId: string; acceptanceId: string }>(
    `SELECT status, invoiceNumber, organizationId, acceptanceId FROM "Order" WHERE id = ?`,
    id,
  );
export const licenceOfOrder = (orderId: string) =>
  row<{ id: string; number: string; status: string }>(
    `SELECT id, number, status FROM "Licence" WHERE orderId = ?`,
    orderId,
  );

// ---- direct seeding for the authorisation matrix (plain SQL, as the rest of e2e/support/auth-db.ts)

const now = () => sqlDate(new Date());
const later = (days: number) => sqlDate(new Date(Date.now() + days * 86_400_000));

export const livePriceListId = () =>
  row<{ id: string }>(`SELECT id FROM "PriceList" ORDER BY version DESC LIMIT 1`)!.id;
export const currentAgreementRow = (use = "research") =>
  row<{ id: string; sha256: string; version: number }>(
    `SELECT id, sha256, version FROM "AgreementVersion" WHERE use = ? ORDER BY version DESC LIMIT 1`,
    use,
  )!;

const COHORT_COLS = `cohortFilter, cohortLabel, catalogueVersion, studyCount, sizeBytes`;
const cohortVals = (label: string) => [JSON.stringify({}), label, 1, 10, 800_000_000];

export function insertQuote(
  organizationId: string,
  opts: { status?: string; validDays?: number } = {},
): { id: string; number: string } {
  const id = newId();
  const number = `Q-E2E-${id.slice(-8)}`;
  e2eDb()
    .prepare(
      `INSERT INTO "Quote" (id, number, organizationId, contactEmail, use, ${COHORT_COLS}, priceListId, currency, termMonths, unitPriceMinor, subtotalMinor, discountMinor, totalMinor, validUntil, status, createdAt, updatedAt)
     VALUES (?, ?, ?, 'matrix@e2e.example', 'research', ?, ?, ?, ?, ?, ?, 'EUR', 12, 5000, 50000, 0, 50000, ?, ?, ?, ?)`,
    )
    .run(
      id,
      number,
      organizationId,
      ...cohortVals(`Matrix quote ${number}`),
      livePriceListId(),
      later(opts.validDays ?? 30),
      opts.status ?? "SENT",
      now(),
      now(),
    );
  return { id, number };
}

function insertAcceptance(organizationId: string, userId: string): string {
  const a = currentAgreementRow();
  const id = newId();
  e2eDb()
    .prepare(
      `INSERT INTO "AgreementAcceptance" (id, agreementVersionId, version, sha256, userId, userEmail, organizationId, acceptedAt) VALUES (?, ?, ?, ?, ?, 'matrix@e2e.example', ?, ?)`,
    )
    .run(id, a.id, a.version, a.sha256, userId, organizationId, now());
  return id;
}

export function insertInvoiceOrder(
  organizationId: string,
  userId: string,
  status = "PENDING",
): { id: string; acceptanceId: string } {
  const id = newId();
  const acceptanceId = insertAcceptance(organizationId, userId);
  const invoiceNumber = 900_000 + Math.floor(Math.random() * 99_999);
  e2eDb()
    .prepare(
      `INSERT INTO "Order" (id, organizationId, buyerId, use, ${COHORT_COLS}, priceListId, currency, termMonths, amountMinor, mode, status, acceptanceId, invoiceNumber, billing, createdAt, updatedAt)
     VALUES (?, ?, ?, 'research', ?, ?, ?, ?, ?, ?, 'EUR', 12, 50000, 'INVOICE', ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      organizationId,
      userId,
      ...cohortVals(`Matrix order ${id}`),
      livePriceListId(),
      status,
      acceptanceId,
      invoiceNumber,
      JSON.stringify({ legalName: "Matrix Ltd", address: "1 Street", email: "ap@e2e.example" }),
      now(),
      now(),
    );
  return { id, acceptanceId };
}

export function insertLicence(organizationId: string, status = "ACTIVE"): { id: string; number: string } {
  const id = newId();
  const number = `L-E2E-${id.slice(-8)}`;
  const active = status !== "PENDING";
  e2eDb()
    .prepare(
      `INSERT INTO "Licence" (id, number, organizationId, datasetSlug, use, ${COHORT_COLS}, status, termMonths, startsAt, expiresAt, createdAt, updatedAt)
     VALUES (?, ?, ?, 'lumbar-spine-mri', 'research', ?, ?, ?, ?, ?, ?, 12, ?, ?, ?, ?)`,
    )
    .run(
      id,
      number,
      organizationId,
      ...cohortVals(`Matrix licence ${number}`),
      status,
      active ? now() : null,
      active ? later(365) : null,
      now(),
      now(),
    );
  return { id, number };
}

export const licenceStatus = (id: string) =>
  row<{ status: string; expiresAt: string | null }>(`SELECT status, expiresAt FROM "Licence" WHERE id = ?`, id)!;
