// Starting and stopping the topology's processes: each detached in a process group of its own, output to a log
// file, so they outlive `topology:up` and `topology:down` can stop exactly them (and their children) by id.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

export function startDetached(
  name: string,
  cmd: string,
  args: string[],
  opts: { env: NodeJS.ProcessEnv; logDir: string },
): number {
  const log = fs.openSync(path.join(opts.logDir, `${name}.log`), "a");
  const child = spawn(cmd, args, { cwd: root, env: opts.env, detached: true, stdio: ["ignore", log, log] });
  fs.closeSync(log);
  child.unref();
  if (!child.pid) throw new Error(`${name}: could not start ${cmd}`);
  return child.pid;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function logTail(logDir: string, name: string, lines = 30): string {
  try {
    return fs
      .readFileSync(path.join(logDir, `${name}.log`), "utf8")
      .split("\n")
      .slice(-lines)
      .join("\n");
  } catch {
    return "(no log)";
  }
}

/** Waits until `url` answers (any HTTP status), failing early with the log's tail when the process died. */
export async function waitForUrl(
  name: string,
  pid: number,
  url: string,
  logDir: string,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive(pid)) throw new Error(`${name} exited before answering on ${url}:\n${logTail(logDir, name)}`);
    const ok = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) }).then(
      () => true,
      () => false,
    );
    if (ok) return;
    await sleep(250);
  }
  throw new Error(`${name} did not answer on ${url} within ${timeoutMs / 1000} s:\n${logTail(logDir, name)}`);
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return alive(pid);
  }
}

/** SIGTERM to the process group, SIGKILL after `graceMs`; resolves when no process of the group is left. */
export async function stopGroup(pid: number, graceMs = 10_000): Promise<"stopped" | "killed" | "gone"> {
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      try {
        process.kill(pid, sig);
      } catch {
        /* already gone */
      }
    }
  };
  if (!groupAlive(pid)) return "gone";
  signal("SIGTERM");
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!groupAlive(pid)) return "stopped";
    await sleep(100);
  }
  signal("SIGKILL");
  while (groupAlive(pid)) await sleep(50);
  return "killed";
}
