// `npm run demo`: the storefront on its embedded defaults (SQLite, local files, the synthetic preview pack,
// invoice-mode payments, the dev mailbox) at http://localhost:3000. Migrate, seed, build, start - idempotent, so
// running it again keeps what is there.
import { execFileSync, spawn } from "node:child_process";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DEMO_MODE: process.env.DEMO_MODE ?? "1" };
const port = process.env.PORT ?? "3000";
const run = (title, cmd, args, extra = {}) => {
  console.log(`\n> ${title}`);
  execFileSync(cmd, args, { stdio: "inherit", env: { ...env, ...extra } });
};

try {
  run("database migrations", process.execPath, ["scripts/db/deploy.mjs"]);
  run("seed (dataset, example statistics, demo users, synthetic sample study)", "node_modules/.bin/tsx", [
    "prisma/seed.ts",
    "--demo",
  ]);
  run("production build", "node_modules/.bin/next", ["build"], { NODE_ENV: "production" });
} catch (e) {
  console.error(`\nnpm run demo stopped: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}

console.log(`\n> starting the storefront at http://localhost:${port}`);
console.log(
  `  sign in as customer@localhost (demo customer with an active licence), sales@localhost or admin@localhost:`,
);
console.log(
  `  the sign-in link appears on this log ("[dev mailbox]"); the customer's licences are at /account/licences`,
);
const server = spawn(process.execPath, ["scripts/server.mjs", "-p", port], {
  stdio: "inherit",
  env: { ...env, NODE_ENV: "production", APP_URL: env.APP_URL ?? `http://localhost:${port}` },
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
