// A second instance of the e2e build on another port, sharing the database, with its own environment overrides.
import { spawn, type ChildProcess } from "node:child_process";
import { expect } from "@playwright/test";
import { E2E_ENV } from "./e2e-env";

export async function startInstance(port: number, overrides: Record<string, string | undefined>) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...E2E_ENV,
    PORT: String(port),
    APP_URL: `http://localhost:${port}`,
    ...overrides,
  };
  const child: ChildProcess = spawn(process.execPath, ["scripts/server.mjs", "-p", String(port)], {
    env,
    stdio: "ignore",
  });
  const url = `http://localhost:${port}`;
  await expect.poll(async () => (await fetch(`${url}/`).catch(() => null))?.status ?? 0, { timeout: 60_000 }).toBe(200);
  return {
    url,
    /** Stops the instance and waits until it has exited, so the port is free for the next spec. */
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
      }),
  };
}
