// Generates both Prisma clients (SQLite and PostgreSQL). Runs on `npm install`; needs no network (see prisma.config.ts).
import { execFileSync } from "node:child_process";

for (const provider of ["sqlite", "postgresql"]) {
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PRISMA_PROVIDER: provider, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
console.log("generated Prisma clients: generated/sqlite, generated/postgresql");
