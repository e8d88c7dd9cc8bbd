// Messages between the fuzzer's parent (run.ts) and its child processes (worker.ts).
import type { InputKind } from "./targets";

export type ToWorker =
  | { t: "init"; seeds: Record<InputKind, Uint8Array[]>; runSeed: number; selftest: boolean }
  | { t: "run"; kind: InputKind; from: number; to: number };

export type FromWorker =
  | { t: "ready" }
  | { t: "start"; kind: InputKind; i: number }
  /** `sha256` of the input, so the parent can check it regenerated the very bytes that failed. */
  | { t: "fail"; kind: InputKind; i: number; target: string; error: string; sha256: string }
  | {
      t: "range-done";
      kind: InputKind;
      from: number;
      to: number;
      counts: Record<string, { accepted: number; refused: number }>;
    };
