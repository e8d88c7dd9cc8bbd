// The database client for Pages Router API routes (the download routes). They run outside React's server
// environment, where lib/db/client's `import "server-only"` throws (so this file does not import it, nor deps.ts);
// they are bundled apart from the App Router anyway, so this is their one client per process, created on first use.
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { env } from "@/lib/env";

const g = globalThis as unknown as { __apiDb?: Db };

export const apiDb = (): Db => (g.__apiDb ??= createPrismaClient(env.DATABASE_URL));
