// A scratch world for the delivery tests: a catalogue of two versions, two customer organisations, licences in every
// state, sessions, and real archive bytes for a few studies (their SHA-256 written into the catalogue); the rest of
// the studies have no object in storage, like the demo's synthetic catalogue.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { hashSessionToken } from "../../auth/session-token";
import { importLabels } from "../../catalogue/import-labels";
import { labelsCsv, randomStudies } from "../../catalogue/test-utils/catalogue";
import type { Db } from "../../db/create-client";
import { tempDir } from "../../importer/test-utils/make-folder";
import { createScratchDb, type ScratchDb } from "../../testing/scratch-db";

export const SLUG = "t-delivery";
const DAY = 86_400_000;

export interface World {
  scratch: ScratchDb;
  db: Db;
  archives: string;
  clock: { t: Date; now: () => Date };
  orgA: string;
  orgB: string;
  users: { a1: Principalish; a2: Principalish; b1: Principalish; sales: Principalish };
  sessions: { a1: string; b1: string; sales: string };
  licences: {
    a: Lic;
    aMri3: Lic;
    b: Lic;
    expired: Lic;
    suspended: Lic;
    revoked: Lic;
    pending: Lic;
    badFilter: Lic;
    unknownValue: Lic;
  };
  /** Studies with real bytes: uid -> { file, sha256, size } */
  stored: Map<string, { file: string; sha256: string; size: number }>;
  v1Uids: string[];
  v2Uids: string[];
}
export type Principalish = { id: string; role: string; organizationId: string | null; email: string };
export type Lic = { id: string; number: string };

export interface WorldOptions {
  storedBytes?: number;
  /** How many version-1 studies get archive bytes (default 3). */
  stored?: number;
  /** Give every version-2 study archive bytes (the first one `bigBytes`), so "since version 1" is all downloadable. */
  storeV2?: boolean;
  bigBytes?: number;
}

export async function makeWorld(o: WorldOptions = {}): Promise<World> {
  const scratch = await createScratchDb();
  const db = scratch.db;
  const clock = { t: new Date("2026-06-01T12:00:00Z"), now: () => clock.t };
  const v1 = randomStudies(11, 30, "1.2.826.11");
  const v2 = randomStudies(12, 10, "1.2.826.12");
  const imp = (rows: typeof v1) =>
    importLabels(db, {
      datasetSlug: SLUG,
      fileName: "labels.csv",
      open: () => [Buffer.from(labelsCsv(rows))],
      actor: null,
      importedBy: "test",
      clock: () => new Date(clock.t.getTime() - 30 * DAY),
    });
  await imp(v1);
  await imp([...v1, ...v2]);

  const archives = tempDir();
  const stored = new Map<string, { file: string; sha256: string; size: number }>();
  for (const r of [...v1.slice(0, o.stored ?? 3), ...(o.storeV2 ? v2 : v2.slice(0, 1))]) {
    const size = r === v2[0] && o.bigBytes ? o.bigBytes : (o.storedBytes ?? 64 * 1024);
    const bytes = crypto.createHash("sha512").update(r.studyInstanceUid).digest();
    const body = Buffer.alloc(size);
    for (let i = 0; i < size; i += bytes.length) bytes.copy(body, i);
    body.writeUInt32BE(size, 0);
    const file = path.join(archives, r.objectKey);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, body);
    const sha256 = crypto.createHash("sha256").update(body).digest("hex");
    await db.$executeRaw`UPDATE "CatalogueStudy" SET "sha256" = ${sha256} WHERE "studyInstanceUid" = ${r.studyInstanceUid}`;
    stored.set(r.studyInstanceUid, { file, sha256, size });
  }
  await db.$executeRaw`UPDATE "CatalogueStudy" SET "synthetic" = ${true} WHERE "datasetId" IN (SELECT "id" FROM "Dataset" WHERE "slug" = ${SLUG})`;

  const orgA = (await db.organization.create({ data: { name: "Org A" } })).id;
  const orgB = (await db.organization.create({ data: { name: "Org B" } })).id;
  const user = async (email: string, role: "CUSTOMER" | "SALES", organizationId: string | null) => {
    const u = await db.user.create({ data: { email, role, organizationId } });
    return { id: u.id, role: u.role as string, organizationId, email };
  };
  const users = {
    a1: await user("a1@a.test", "CUSTOMER", orgA),
    a2: await user("a2@a.test", "CUSTOMER", orgA),
    b1: await user("b1@b.test", "CUSTOMER", orgB),
    sales: await user("sales@desk.test", "SALES", null),
  };
  const session = async (userId: string) => {
    const plain = crypto.randomBytes(32).toString("hex");
    await db.session.create({
      data: { sessionToken: hashSessionToken(plain), userId, expires: new Date(clock.t.getTime() + 30 * DAY) },
    });
    return plain;
  };
  const sessions = {
    a1: await session(users.a1.id),
    b1: await session(users.b1.id),
    sales: await session(users.sales.id),
  };

  let n = 0;
  const licence = async (
    organizationId: string,
    filter: string,
    extra: { status?: string; startsAt?: Date; expiresAt?: Date } = {},
  ) => {
    const l = await db.licence.create({
      data: {
        number: `L-T-${++n}`,
        organizationId,
        datasetSlug: SLUG,
        use: "research",
        cohortFilter: filter,
        cohortLabel: "test cohort",
        catalogueVersion: 2,
        studyCount: 0,
        sizeBytes: 0n,
        status: extra.status ?? "ACTIVE",
        termMonths: 12,
        startsAt: extra.startsAt ?? new Date(clock.t.getTime() - DAY),
        expiresAt: extra.expiresAt ?? new Date(clock.t.getTime() + 300 * DAY),
      },
    });
    return { id: l.id, number: l.number };
  };
  const all = "{}";
  const licences = {
    a: await licence(orgA, all),
    aMri3: await licence(orgA, JSON.stringify({ methods: ["MRI 3T"] })),
    b: await licence(orgB, all),
    expired: await licence(orgA, all, { expiresAt: new Date(clock.t.getTime() - 1000) }),
    suspended: await licence(orgA, all, { status: "SUSPENDED" }),
    revoked: await licence(orgA, all, { status: "REVOKED" }),
    pending: await licence(orgA, all, { status: "PENDING", startsAt: undefined }),
    badFilter: await licence(orgA, "{not json"),
    unknownValue: await licence(orgA, JSON.stringify({ methods: ["X-ray"] })),
  };
  return {
    scratch,
    db,
    archives,
    clock,
    orgA,
    orgB,
    users,
    sessions,
    licences,
    stored,
    v1Uids: v1.map((r) => r.studyInstanceUid),
    v2Uids: v2.map((r) => r.studyInstanceUid),
  };
}

export async function dropWorld(w: World | undefined) {
  await w?.scratch.cleanup();
  if (w?.archives) fs.rmSync(w.archives, { recursive: true, force: true });
}
