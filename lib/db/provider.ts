// Which database a Prisma client talks to, for the few queries written differently per dialect.
import type { Db } from "./create-client";

export const isPostgresClient = (db: Db) =>
  (db as unknown as { _activeProvider?: string })._activeProvider === "postgresql";
