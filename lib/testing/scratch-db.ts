// A throwaway, fully migrated database for Vitest tests of modules that use the database, so test files can run in
// parallel without sharing state. SQLite by default (a copy of a template migrated once per migration set); when
// TEST_DATABASE_URL is an admin-capable postgresql:// URL, a uniquely named database on that server, dropped on cleanup.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient, type Db } from "../db/create-client";
import { isPostgresUrl } from "../rules.mjs";

export type ScratchDb = { url: string; db: Db; cleanup(): Promise<void> };

const engine = () => import("../db/schema-engine.mjs");

let template: Promise<string> | undefined;

/** The SQLite migrations applied once to a file keyed by their content, shared by workers (atomic rename). */
function sqliteTemplate(): Promise<string> {
  template ??= (async () => {
    const { applyMigrations, migrationsDirOf } = await engine();
    const dir = migrationsDirOf("sqlite");
    const hash = crypto.createHash("sha256");
    for (const name of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, name, "migration.sql");
      if (fs.existsSync(file)) hash.update(name).update(fs.readFileSync(file));
    }
    const cacheDir = path.join(os.tmpdir(), "storefront-scratch-templates");
    const target = path.join(cacheDir, `${hash.digest("hex").slice(0, 16)}.db`);
    if (!fs.existsSync(target)) {
      const tmp = `${target}.${process.pid}.${crypto.randomBytes(4).toString("hex")}`;
      await applyMigrations(`file:${tmp}`);
      fs.renameSync(tmp, target);
    }
    return target;
  })();
  template.catch(() => (template = undefined)); // retry on the next call after a failure
  return template;
}

export async function createScratchDb(): Promise<ScratchDb> {
  const admin = process.env.TEST_DATABASE_URL;
  if (admin && isPostgresUrl(admin)) return createPostgresScratch(admin);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scratch-db-"));
  const file = path.join(dir, "test.db");
  fs.copyFileSync(await sqliteTemplate(), file);
  return scratchHandle(`file:${file}`, async () => fs.rmSync(dir, { recursive: true, force: true }));
}

/** A client for `url` whose cleanup disconnects, then removes the database, once however often it is called. */
function scratchHandle(url: string, remove: () => Promise<unknown>): ScratchDb {
  const db = createPrismaClient(url);
  let done = false;
  return {
    url,
    db,
    async cleanup() {
      if (done) return;
      done = true;
      await db.$disconnect();
      await remove();
    },
  };
}

async function createPostgresScratch(admin: string): Promise<ScratchDb> {
  const { adminQuery, applyMigrations, quoteIdent, uniqueDbName, withDatabase } = await engine();
  // Named after the admin database, so sessions sharing a server can tell (and clean up) their own scratch databases.
  const base = decodeURIComponent(new URL(admin).pathname.slice(1)).replace(/[^A-Za-z0-9_]/g, "") || "scratch";
  const name = uniqueDbName(`${base.slice(0, 30)}_scratch`);
  await adminQuery(admin, `CREATE DATABASE ${quoteIdent(name)}`).catch((e: Error) => {
    throw new Error(`createScratchDb: cannot create a database with TEST_DATABASE_URL: ${e.message}`);
  });
  const drop = () => adminQuery(admin, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  const url = withDatabase(admin, name);
  try {
    await applyMigrations(url);
  } catch (e) {
    await drop().catch(() => {});
    throw e;
  }
  return scratchHandle(url, drop);
}
