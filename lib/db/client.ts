// The Prisma client, on SQLite (better-sqlite3) or PostgreSQL (pg) depending on DATABASE_URL. Both generated
// clients come from schemas kept identical but for the provider, so the SQLite client's type describes both.
import "server-only";
import { createPrismaClient, type Db } from "./create-client";
import { env } from "../env";
import path from "node:path";
import { preparePrivateDir } from "./private-files.mjs";

const globalForDb = globalThis as unknown as { __db?: Db };

// One client per process; in development, hot reloads would otherwise open a new pool on every edit.
// The data folder holds the SQLite file, the generated secret and the sample pack: readable by this user only.
if (!globalForDb.__db) preparePrivateDir(path.resolve(env.DATA_DIR));
export const db: Db = globalForDb.__db ?? createPrismaClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.__db = db;
