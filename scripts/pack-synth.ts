// CLI: npm run pack:synth -- <out-dir> [--studies N] [--seed S] ... writes a labelled synthetic preview pack.
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { generatePack } from "@/lib/synth/pack";

const USAGE = `usage: npm run pack:synth -- <out-dir> [options]

Writes a SYNTHETIC lumbar spine MRI preview pack in the vendor's layout (DICOMDIR, ST*/SE*/IM* + .jpg,
Lumbar_Spine_MRI.pdf, Spine_MRI_conditions.csv). The same seed gives byte-identical output.

  --studies N            number of studies (default 1)
  --seed S               seed for anatomy, pathology, UIDs (default "lumbar-synth")
  --conditions-csv PATH  statistics CSV to copy (default data/examples/Spine_MRI_conditions.csv;
                         a small long-format table is written when it does not exist)
  --force                replace pack entries in a non-empty directory that holds no synthetic pack
  --workers N            worker threads rendering studies in parallel (default: CPU count)
  -h, --help             this text`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      studies: { type: "string", default: "1" },
      seed: { type: "string", default: "lumbar-synth" },
      "conditions-csv": { type: "string" },
      force: { type: "boolean", default: false },
      workers: { type: "string", default: String(availableParallelism()) },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const outDir = positionals[0];
  if (values.help || !outDir || positionals.length > 1) {
    (values.help ? console.log : console.error)(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const studies = Number(values.studies);
  if (!Number.isInteger(studies) || studies < 1 || studies > 999_999)
    throw new Error(`--studies must be 1..999999, got ${values.studies}`);
  const workers = Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1)
    throw new Error(`--workers must be a positive integer, got ${values.workers}`);

  const perStudy = 15 + 20;
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        {
          format: "pack:synth {bar} {percentage}% | {value}/{total} images | {mb} MiB | {eta_formatted} left",
          hideCursor: true,
          stream: process.stderr,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let written = 0;
  bar?.start(studies * perStudy, 0, { mb: "0" });
  try {
    const summary = await generatePack(outDir, {
      studies,
      seed: values.seed,
      conditionsCsv: values["conditions-csv"],
      force: values.force,
      workers,
      onImage: (bytes) => {
        written += bytes;
        bar?.increment(1, { mb: (written / 1048576).toFixed(1) });
      },
    });
    bar?.stop();
    const seconds = summary.ms / 1000;
    console.log(
      `pack:synth wrote ${summary.studies} stud${summary.studies === 1 ? "y" : "ies"}, ${summary.images} images ` +
        `(${summary.files} files, ${(summary.bytes / 1048576).toFixed(1)} MiB) to ${summary.outDir} in ${seconds.toFixed(1)} s ` +
        `(${(summary.images / seconds).toFixed(1)} images/s); conditions CSV ${summary.csv === "copied" ? "copied" : "written (fallback)"}`,
    );
  } finally {
    bar?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(`pack:synth: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
