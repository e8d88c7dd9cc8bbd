// Prisma CLI configuration. The CLI is only used for `prisma generate`: migrations run through the Wasm schema
// engine (scripts/db/), because the native engine cannot be downloaded on an offline machine. `generate` still
// wants an engine path to exist, so point it at any file that does.
import path from "node:path";
import { defineConfig } from "prisma/config";

process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("package.json");

const provider = process.env.PRISMA_PROVIDER === "postgresql" ? "postgresql" : "sqlite";

export default defineConfig({
  schema: `prisma/${provider}/schema.prisma`,
  migrations: { path: `prisma/${provider}/migrations` },
});
