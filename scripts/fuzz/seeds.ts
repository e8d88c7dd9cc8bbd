// Seed inputs the fuzzer mutates: real DICOM files (DICOM_CORPUS, else ../shared/dicom-corpus, else a small synthetic
// pack) and the statistics CSV shapes the importer accepts. The same inputs on every machine, in the same order.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseDicomFile } from "@/lib/dicom";
import { fallbackConditionsCsv } from "@/lib/synth/conditions-csv";
import { generatePack } from "@/lib/synth/pack";

/** Seeds larger than this make cases slow without finding more (the corpus' big files are multi-frame copies). */
const MAX_SEED_BYTES = 600 * 1024;
/**
 * JPEG 2000 / HTJ2K seeds above this many pixels are left out: a 512x512 one takes about a second to decode in the
 * WebAssembly decoder, and would make the run mostly J2K; the small J2K seeds keep those codecs covered.
 * (A fixed rule, not a timing, so the same seed set, and the same cases, on every machine.)
 */
const MAX_J2K_PIXELS = 256 * 256;

function isSlowSeed(bytes: Uint8Array): boolean {
  const parsed = parseDicomFile(bytes);
  if (!parsed.ok) return false;
  const { transferSyntaxUid: ts, rows, columns } = parsed.summary;
  return /^1\.2\.840\.10008\.1\.2\.4\.(9\d|20[1-3])$/.test(ts) && (rows ?? 0) * (columns ?? 0) > MAX_J2K_PIXELS;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort(); // directory order differs between file systems
}

const isDicom = (file: string) => {
  const b = readFileSync(file);
  return b.length > 132 && b.subarray(128, 132).toString("latin1") === "DICM";
};

export async function dicomSeeds(): Promise<{ files: Uint8Array[]; source: string; cleanup(): void }> {
  const corpus =
    process.env.DICOM_CORPUS || (existsSync("../shared/dicom-corpus/MANIFEST.tsv") ? "../shared/dicom-corpus" : "");
  if (corpus) {
    const files = filesUnder(path.join(corpus, "valid")).filter(
      (f) => statSync(f).size <= MAX_SEED_BYTES && isDicom(f),
    );
    const all = files.map((f) => new Uint8Array(readFileSync(f)));
    const fast = all.filter((b) => !isSlowSeed(b));
    return {
      files: fast,
      source: `${path.resolve(corpus)} (${all.length - fast.length} large JPEG 2000 seeds left out)`,
      cleanup() {},
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "fuzz-synth-"));
  await generatePack(dir, { sagMatrix: 64, traMatrix: 64, sagSlices: 3, traPerDisc: 1, workers: 1 });
  const files = filesUnder(dir).filter((f) => isDicom(f));
  return {
    files: files.map((f) => new Uint8Array(readFileSync(f))),
    source: "synthetic pack",
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The CSV shapes the importers accept: statistics (long, wide, delimiters, BOM, quotes, thousands separators) and labels. */
export function csvSeeds(): Uint8Array[] {
  const texts = [
    fallbackConditionsCsv(),
    'condition,method,studies\nDisc herniation,MRI 1.5T,1200\nSpondylolisthesis,MRI 3T,"1,250"\n',
    "\uFEFFCondition;MRI 1.5T;MRI 3T;Total\nDisc herniation;1 200;300;1 500\nScoliosis;10;20;30\n",
    'Condition\tMethod\tNumber of studies\n"Stenosis, lumbar"\tMRI 1.5T\t42\n',
    'condition,1.5T,3T\r\n"Disc ""bulge""",1,2\r\nTotal,1,2\r\n',
  ];
  // Per-study labels tables (the catalogue's importer), comma and semicolon variants.
  const sha = "a".repeat(64);
  texts.push(
    `study_instance_uid,conditions,method,sequences,sex,age,field_strength,size_bytes,object_key,sha256\n1.2.3,Disc herniation|Spinal stenosis,MRI 1.5T,SAG T2|AX T2,F,45,1.5,"1,234,567",studies/1.zip,${sha}\n2.25.9,Scoliosis,MRI 3T,AX T2,M,90+,3,1000,studies/2.zip,${sha}\n`,
    `\uFEFF"StudyInstanceUID";"Diagnosis";"Method of study";"Gender";"Patient age";"Tesla";"Size";"Key";"Checksum"\r\n1.2.3;"No pathology";MRI 3T;male;90+;"1,5";1.234.567;k/1;${sha.toUpperCase()}\r\n`,
  );
  const example = "data/examples/Spine_MRI_conditions.csv";
  const out = texts.map((t) => new TextEncoder().encode(t));
  if (existsSync(example)) out.push(new Uint8Array(readFileSync(example)));
  return out;
}
