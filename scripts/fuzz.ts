// CLI: npm run fuzz -- [--dicom N] [--csv N] [--seed S] [--workers N] [--timeout-ms T] [--out DIR]
// Mutates real DICOM files (DICOM_CORPUS, else ../shared/dicom-corpus, else a small synthetic pack) and CSVs and runs
// them through parse, validate, decode and both CSV importers in child processes. Bounded: it stops after the given
// number of cases. Failing inputs are saved to --out; the last line is JSON with the counts; exit 1 on any failure.
import { availableParallelism } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { runFuzz } from "./fuzz/run";
import { csvSeeds, dicomSeeds } from "./fuzz/seeds";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dicom: { type: "string", default: "100000" },
      csv: { type: "string", default: "100000" },
      seed: { type: "string", default: "1" },
      workers: { type: "string", default: String(Math.max(1, availableParallelism())) },
      "timeout-ms": { type: "string", default: "10000" },
      out: { type: "string", default: "fuzz-failures" },
    },
  });
  const n = (v: string | undefined, name: string) => {
    const x = Number(v);
    if (!Number.isInteger(x) || x < 0) throw new Error(`--${name} must be a whole number, got "${v}"`);
    return x;
  };
  const dicom = await dicomSeeds();
  try {
    console.error(`fuzz: ${dicom.files.length} DICOM seeds from ${dicom.source}`);
    const report = await runFuzz({
      cases: { dicom: n(values.dicom, "dicom"), csv: n(values.csv, "csv") },
      seeds: { dicom: dicom.files, csv: csvSeeds() },
      runSeed: n(values.seed, "seed"),
      workers: Math.max(1, n(values.workers, "workers")),
      timeoutMs: Math.max(100, n(values["timeout-ms"], "timeout-ms")),
      outDir: path.resolve(values.out!),
      onProgress: (done, total) => {
        if (done % 10_000 < 250 || done === total) console.error(`fuzz: ${done}/${total}`);
      },
    });
    for (const f of report.failed)
      console.error(`FAIL ${f.type} ${f.target} ${f.kind}#${f.case}: ${f.error} -> ${f.file}`);
    const { failed, ...counts } = report;
    console.log(
      JSON.stringify({
        ...counts,
        seed: n(values.seed, "seed"),
        seedInputs: { dicom: dicom.files.length, csv: csvSeeds().length },
        saved: failed.map((f) => f.file),
      }),
    );
    process.exitCode = failed.length > 0 ? 1 : 0;
  } finally {
    dicom.cleanup();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
