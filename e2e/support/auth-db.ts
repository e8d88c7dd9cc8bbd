// Direct access to the e2e app's database (SQLite, or the topology's PostgreSQL), for seeding users, sessions and
// enquiries and for checking what was (not) stored: plain SQL through e2e-sql.ts. Dates are written the way Prisma's
// SQLite adapter writes them, which PostgreSQL reads as UTC timestamps too.
import crypto from "node:crypto";
import { hashSessionToken } from "../../lib/auth/session-token";
import { E2E_ENV } from "./e2e-env";
import { openE2eDb, type SqlDb } from "./e2e-sql";

let handle: SqlDb | undefined;

export function e2eDb(): SqlDb {
  return (handle ??= openE2eDb(E2E_ENV.DATABASE_URL!));
}

export const sqlDate = (d: Date) => d.toISOString().replace("Z", "+00:00");
export const newId = () => `e2e${crypto.randomBytes(10).toString("hex")}`;
export const uniqueEmail = (label: string) => `${label}-${crypto.randomBytes(5).toString("hex")}@e2e.example`;

export type Role = "CUSTOMER" | "SALES" | "ADMIN";
export interface SeededUser {
  id: string;
  email: string;
  role: Role;
  organizationId: string | null;
  organizationName: string | null;
}

export function createOrganization(name = `Org ${crypto.randomBytes(4).toString("hex")}`): {
  id: string;
  name: string;
} {
  const id = newId();
  e2eDb()
    .prepare(`INSERT INTO "Organization" (id, name, createdAt) VALUES (?, ?, ?)`)
    .run(id, name, sqlDate(new Date()));
  return { id, name };
}

export function createUser(
  role: Role,
  opts: { organization?: { id: string; name: string }; email?: string; name?: string } = {},
): SeededUser {
  const id = newId();
  const email = opts.email ?? uniqueEmail(role.toLowerCase());
  e2eDb()
    .prepare(
      `INSERT INTO "User" (id, name, email, role, disabled, organizationId, createdAt) VALUES (?, ?, ?, ?, FALSE, ?, ?)`,
    )
    .run(id, opts.name ?? null, email, role, opts.organization?.id ?? null, sqlDate(new Date()));
  return {
    id,
    email,
    role,
    organizationId: opts.organization?.id ?? null,
    organizationName: opts.organization?.name ?? null,
  };
}

/** A database session as next-auth creates it after a magic link (the token stored hashed); returns the cookie value. */
export function createSession(userId: string): string {
  const token = crypto.randomBytes(32).toString("hex");
  e2eDb()
    .prepare(`INSERT INTO "Session" (id, sessionToken, userId, expires) VALUES (?, ?, ?, ?)`)
    .run(newId(), hashSessionToken(token), userId, sqlDate(new Date(Date.now() + 24 * 3600_000)));
  return token;
}

let referenceSeq = 0;
/** A reference no real enquiry takes (year 2099), unique within the run. */
export const uniqueReference = () =>
  `ENQ-2099-${String(Date.now() % 1e7).padStart(7, "0")}${String(++referenceSeq).padStart(3, "0")}`;

export function createEnquiry(
  fields: Partial<{
    name: string;
    email: string;
    organization: string;
    status: string;
    message: string;
    reference: string;
  }> = {},
): string {
  const id = newId();
  const now = sqlDate(new Date());
  const e = {
    name: "Matrix Buyer",
    email: uniqueEmail("buyer"),
    organization: "Matrix Org",
    status: "NEW",
    message: "",
    reference: null as string | null,
    ...fields,
  };
  e2eDb()
    .prepare(
      `INSERT INTO "Enquiry" (id, reference, name, email, organization, country, jobRole, intendedUse, conditions, timeline, message, consent, status, searchText, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, 'GB', 'researcher', 'research', '[]', 'asap', ?, TRUE, ?, ?, ?, ?)`,
    )
    .run(
      id,
      e.reference,
      e.name,
      e.email,
      e.organization,
      e.message,
      e.status,
      `${e.name}\n${e.email}\n${e.organization}\n${e.message}`.toLowerCase(),
      now,
      now,
    );
  e2eDb()
    .prepare(`INSERT INTO "EnquiryEvent" (id, enquiryId, type, createdAt) VALUES (?, ?, 'created', ?)`)
    .run(newId(), id, now);
  return id;
}

/** A timeline event as the app writes it (a sales reply: type "email" with data.reply). */
export function addEnquiryEvent(
  enquiryId: string,
  ev: { type: string; body?: string; data?: unknown; actorId?: string },
): string {
  const id = newId();
  e2eDb()
    .prepare(
      `INSERT INTO "EnquiryEvent" (id, enquiryId, actorId, type, body, data, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      enquiryId,
      ev.actorId ?? null,
      ev.type,
      ev.body ?? null,
      ev.data === undefined ? null : JSON.stringify(ev.data),
      sqlDate(new Date()),
    );
  return id;
}

export function row<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T | undefined {
  return e2eDb()
    .prepare(sql)
    .get(...params) as T | undefined;
}

export function count(sql: string, ...params: unknown[]): number {
  return (
    e2eDb()
      .prepare(sql)
      .get(...params) as { n: number }
  ).n;
}
