// Runs a project CLI against the e2e app's database, as an operator would from a shell.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { E2E_ENV } from "./e2e-env";

const root = path.resolve(__dirname, "../..");

export function runCli(script: string, args: string[]) {
  const r = spawnSync(path.join(root, "node_modules/.bin/tsx"), [script, ...args], {
    cwd: root,
    env: { ...process.env, ...E2E_ENV },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
