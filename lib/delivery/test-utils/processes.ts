// Child processes for the real-process delivery tests: the download server (tsx), aria2c and curl. Waiting is on
// conditions (a line printed, a file's size, a process exit), never on the clock; the deadline only stops a hung test.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function run(
  cmd: string,
  args: string[],
  opts: { cwd?: string } = {},
): { proc: ChildProcess; done: Promise<Ran> } {
  const proc = spawn(cmd, args, { cwd: opts.cwd, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  proc.stdout!.on("data", (c) => (stdout += c));
  proc.stderr!.on("data", (c) => (stderr += c));
  const done = new Promise<Ran>((resolve, reject) => {
    proc.once("error", reject);
    proc.once("close", (code) => resolve({ code, stdout, stderr }));
  });
  return { proc, done };
}

export async function waitFor<T>(
  what: string,
  check: () => T | Promise<T>,
  deadlineMs = 60_000,
): Promise<NonNullable<T>> {
  const until = performance.now() + deadlineMs;
  for (;;) {
    const v = await check();
    if (v) return v as NonNullable<T>;
    if (performance.now() > until) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface DownloadServer {
  port: number;
  url: string;
  base: string;
  proc: ChildProcess;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

const SCRIPT = path.resolve("lib/delivery/test-utils/download-server.ts");

export async function startDownloadServer(
  env: Record<string, string>,
  port = 0,
  script = SCRIPT,
): Promise<DownloadServer> {
  // One process (node with tsx's loader, not the tsx wrapper that forks a child), so a SIGKILL really stops the server.
  const proc = spawn(process.execPath, ["--import", "tsx", script], {
    env: { ...process.env, ...env, DOWNLOAD_PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((r) => proc.once("exit", () => r()));
  const line = await new Promise<string>((resolve, reject) => {
    let buf = "";
    proc.stdout!.on("data", (c) => {
      buf += c;
      const nl = buf.indexOf("\n");
      if (nl >= 0) resolve(buf.slice(0, nl));
    });
    proc.once("exit", (code) => reject(new Error(`download server exited with ${code} before listening`)));
  });
  const p = (JSON.parse(line) as { port: number }).port;
  return {
    port: p,
    url: `http://127.0.0.1:${p}/file.zip`,
    base: `http://127.0.0.1:${p}`,
    proc,
    async kill(signal = "SIGKILL") {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      await exited;
    },
  };
}
