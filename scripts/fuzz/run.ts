// Fuzzer parent: splits the cases into ranges, runs them on child processes with a per-case time limit, restarts a
// child that hangs or dies, saves every failing input with its error, and counts outcomes per target.
import { fork, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { caseSeed, mutate } from "./mutate";
import type { FromWorker, ToWorker } from "./protocol";
import type { InputKind } from "./targets";

export interface FuzzOptions {
  cases: Record<InputKind, number>;
  seeds: Record<InputKind, Uint8Array[]>;
  runSeed: number;
  workers: number;
  /** A case running longer than this is a hang: its child is killed and restarted. */
  timeoutMs: number;
  /** Where failing inputs are saved (created on the first failure). */
  outDir: string;
  selftest?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface Failure {
  kind: InputKind;
  case: number;
  type: "exception" | "hang" | "crash";
  target: string;
  error: string;
  file: string;
}

export interface FuzzReport {
  cases: Record<InputKind, number>;
  outcomes: Record<string, { accepted: number; refused: number }>;
  failures: { exceptions: number; hangs: number; crashes: number };
  failed: Failure[];
  seconds: number;
}

const RANGE = 250;
const EXT: Record<InputKind, string> = { dicom: "dcm", csv: "csv" };

export async function runFuzz(o: FuzzOptions): Promise<FuzzReport> {
  const started = performance.now();
  const queue: { kind: InputKind; from: number; to: number }[] = [];
  // Ranges of both kinds interleaved, so a run stopped early has covered both.
  for (let from = 0; from < Math.max(o.cases.dicom, o.cases.csv); from += RANGE) {
    for (const kind of ["dicom", "csv"] as const) {
      if (o.cases[kind] > 0 && o.seeds[kind].length === 0) throw new Error(`no ${kind} seed inputs to mutate`);
      if (from < o.cases[kind]) queue.push({ kind, from, to: Math.min(o.cases[kind], from + RANGE) });
    }
  }
  const total = o.cases.dicom + o.cases.csv;
  const outcomes: FuzzReport["outcomes"] = {};
  const failed: Failure[] = [];
  let done = 0;

  const save = (kind: InputKind, i: number, type: Failure["type"], target: string, error: string, sha256?: string) => {
    mkdirSync(o.outDir, { recursive: true });
    const base = path.join(o.outDir, `${kind}-${o.runSeed}-${i}-${type}-${target}`);
    const input = mutate(o.seeds[kind], caseSeed(o.runSeed, kind, i), kind === "csv").bytes;
    if (sha256 && createHash("sha256").update(input).digest("hex") !== sha256)
      error = `(saved input differs from the one that failed: generation is not deterministic)\n${error}`;
    writeFileSync(`${base}.${EXT[kind]}`, input);
    writeFileSync(`${base}.txt`, `${type} in ${target} on ${kind} case ${i} (seed ${o.runSeed})\n${error}\n`);
    failed.push({
      kind,
      case: i,
      type,
      target,
      error: error.split("\n")[0]!.slice(0, 300),
      file: `${base}.${EXT[kind]}`,
    });
  };

  const workerFile = path.join(__dirname, "worker.ts");
  await new Promise<void>((resolve) => {
    let live = 0;
    const startWorker = () => {
      const job = queue.shift();
      if (!job) {
        if (live === 0) resolve();
        return;
      }
      live++;
      const child: ChildProcess = fork(workerFile, [], {
        execArgv: ["--import", "tsx", "--max-old-space-size=1536"],
        serialization: "advanced",
        stdio: ["ignore", "ignore", "pipe", "ipc"],
      });
      let stderr = "";
      child.stderr?.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
      let current: { kind: InputKind; i: number; since: number } | null = null;
      let range = job;
      let finished = false;
      const timer = setInterval(
        () => {
          if (current && performance.now() - current.since > o.timeoutMs) {
            save(current.kind, current.i, "hang", "all", `no answer within ${o.timeoutMs} ms`);
            restart(current.i + 1);
          }
        },
        Math.min(250, o.timeoutMs / 4),
      );
      const finish = () => {
        if (finished) return;
        finished = true;
        clearInterval(timer);
        child.removeAllListeners();
        child.kill("SIGKILL");
        live--;
      };
      // Hang or crash: blame the running case, count it done, and go on after it in a fresh child.
      const restart = (next: number) => {
        done += next - range.from;
        finish();
        if (next < range.to) queue.unshift({ kind: range.kind, from: next, to: range.to });
        startWorker();
      };
      child.on("message", (m: FromWorker) => {
        if (m.t === "ready") child.send({ t: "run", ...range } satisfies ToWorker);
        else if (m.t === "start") current = { kind: m.kind, i: m.i, since: performance.now() };
        else if (m.t === "fail") save(m.kind, m.i, "exception", m.target, m.error, m.sha256);
        else if (m.t === "range-done") {
          done += range.to - range.from;
          o.onProgress?.(done, total);
          current = null;
          for (const [name, c] of Object.entries(m.counts)) {
            const acc = (outcomes[name] ??= { accepted: 0, refused: 0 });
            acc.accepted += c.accepted;
            acc.refused += c.refused;
          }
          const next = queue.shift();
          if (next) {
            range = next;
            child.send({ t: "run", ...range } satisfies ToWorker);
          } else {
            finish();
            startWorker();
          }
        }
      });
      child.on("exit", (code, signal) => {
        if (finished) return;
        const at = current ?? { kind: range.kind, i: range.from, since: 0 };
        save(at.kind, at.i, "crash", "all", `child exited (code ${code}, signal ${signal})\n${stderr}`);
        current = at;
        restart(at.i + 1);
      });
      child.send({ t: "init", seeds: o.seeds, runSeed: o.runSeed, selftest: o.selftest === true } satisfies ToWorker);
    };
    for (let k = 0; k < Math.max(1, o.workers); k++) startWorker();
  });

  const count = (t: Failure["type"]) => failed.filter((f) => f.type === t).length;
  return {
    cases: o.cases,
    outcomes,
    failures: { exceptions: count("exception"), hangs: count("hang"), crashes: count("crash") },
    failed,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}
