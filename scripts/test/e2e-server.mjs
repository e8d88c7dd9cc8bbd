// Starts the production build for the end-to-end tests on a fresh database of its own: wipe, migrate, seed, start.
// Playwright runs this as its webServer with the variables from e2e/support/e2e-env.ts.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";

const dataDir = process.env.DATA_DIR;
if (!dataDir || !dataDir.includes("e2e")) throw new Error(`refusing to wipe DATA_DIR=${dataDir}: not an e2e folder`);
fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });

const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit", env: process.env });
run(process.execPath, ["scripts/db/deploy.mjs"]);
run("node_modules/.bin/tsx", ["prisma/seed.ts", "--demo"]);

const server = spawn(process.execPath, ["scripts/server.mjs", "-p", process.env.PORT ?? "3100"], {
  stdio: "inherit",
  env: process.env,
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
