// Fuzzer child process: generates its share of cases (deterministically, see mutate.ts) and runs every target of the
// input kind on each. It tells the parent which case starts, so the parent can blame a hang or a crash on it.
import { createHash } from "node:crypto";
import { caseSeed, mutate } from "./mutate";
import { CSV_TARGETS, DICOM_TARGETS, SELFTEST_TARGETS, type InputKind, type Target } from "./targets";
import type { FromWorker, ToWorker } from "./protocol";

let seeds: Record<InputKind, Uint8Array[]> = { dicom: [], csv: [] };
let runSeed = 0;
let targets: Record<InputKind, Target[]> = { dicom: DICOM_TARGETS, csv: CSV_TARGETS };

const send = (m: FromWorker) => process.send!(m);

async function runRange(kind: InputKind, from: number, to: number): Promise<void> {
  const counts: Record<string, { accepted: number; refused: number }> = {};
  for (let i = from; i < to; i++) {
    send({ t: "start", kind, i });
    const { bytes } = mutate(seeds[kind], caseSeed(runSeed, kind, i), kind === "csv");
    for (const target of targets[kind]) {
      const c = (counts[target.name] ??= { accepted: 0, refused: 0 });
      try {
        c[await target.run(bytes)]++;
      } catch (e) {
        const error = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ""}` : String(e);
        send({
          t: "fail",
          kind,
          i,
          target: target.name,
          error,
          sha256: createHash("sha256").update(bytes).digest("hex"),
        });
      }
    }
  }
  send({ t: "range-done", kind, from, to, counts });
}

process.on("message", (m: ToWorker) => {
  if (m.t === "init") {
    seeds = { dicom: m.seeds.dicom.map((s) => new Uint8Array(s)), csv: m.seeds.csv.map((s) => new Uint8Array(s)) };
    runSeed = m.runSeed;
    if (m.selftest) targets = { dicom: [], csv: SELFTEST_TARGETS };
    send({ t: "ready" });
  } else if (m.t === "run") {
    void runRange(m.kind, m.from, m.to);
  }
});
