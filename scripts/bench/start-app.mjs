// Starts the production build on a scratch database for a benchmark: migrate, seed, the app server; resolves once the
// server answers. Benchmarks never touch the demo's data.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export async function startApp({ port, name, extraEnv = {}, beforeStart }) {
  if (!fs.existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npm run build` first");
  const dataDir = path.resolve(".data", `bench-${name}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const env = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATA_DIR: dataDir,
    DATABASE_URL: `file:${path.join(dataDir, "storefront.db")}`,
    APP_URL: `http://localhost:${port}`,
    // No SMTP server here: a production server runs on the dev mailbox only as a demo.
    DEMO_MODE: "1",
    ...extraEnv,
  };
  const run = (cmd, args) => execFileSync(cmd, args, { stdio: ["ignore", "ignore", "inherit"], env });
  run(process.execPath, ["scripts/db/deploy.mjs"]);
  // --demo: the synthetic sample study too, so /preview measures a real page.
  run("node_modules/.bin/tsx", ["prisma/seed.ts", "--demo"]);
  if (beforeStart) await beforeStart(env);
  const child = spawn(process.execPath, ["scripts/server.mjs", "-p", String(port)], { stdio: "ignore", env });
  const url = `http://localhost:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) return { url, env, pid: child.pid, stop: () => child.kill("SIGTERM") };
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGTERM");
  throw new Error(`the app did not answer on ${url} within 60 s`);
}
