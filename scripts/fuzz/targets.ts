// What the fuzzer feeds: each target runs one input through a public entry point that must never throw, hang or
// crash. A target returns whether the input was accepted or refused cleanly; anything thrown is a failure.
import { checkPhi } from "@/lib/dicom";
import { CsvImportError, parseConditionsCsv } from "@/lib/dataset/csv";
import { parseLabelsText } from "@/lib/catalogue/labels-csv/parse-labels";
import { inspectBuffer } from "@/lib/importer/inspect-file";
import { decodeSlice, parseSlice } from "@/components/viewer/decode/slice";

export type InputKind = "dicom" | "csv";
export type Outcome = "accepted" | "refused";

export interface Target {
  name: string;
  run(bytes: Uint8Array): Outcome | Promise<Outcome>;
}

/** A parser that may refuse only with its own error type (a clear message with line and column). */
function refusesOnlyWith(
  errorType: new (...args: never[]) => Error,
  parse: (bytes: Uint8Array) => unknown,
): Target["run"] {
  return async (bytes) => {
    try {
      await parse(bytes);
      return "accepted";
    } catch (e) {
      if (e instanceof errorType) return "refused";
      throw e;
    }
  };
}

export const DICOM_TARGETS: Target[] = [
  {
    // The importer's per-file verdict (parse, validate, tolerated-breach decode, PHI scan); it never throws, but an
    // "unexpected failure" reason is an exception it caught: a bug.
    name: "import",
    async run(bytes) {
      const r = await inspectBuffer("fuzz/IM000001", bytes);
      if (r.kind === "rejected" && r.reason.startsWith("unexpected failure")) throw new Error(r.reason);
      return r.kind === "rejected" ? "refused" : "accepted";
    },
  },
  {
    name: "phi-gate",
    run(bytes) {
      return checkPhi(bytes).ok ? "accepted" : "refused";
    },
  },
  {
    // The viewer's worker: a parse error is reported to the page as "cannot be decoded"; decodeSlice must answer
    // { ok: false } for anything wrong with the pixels, never throw.
    name: "viewer-decode",
    async run(bytes) {
      let ds;
      try {
        ds = parseSlice(new Uint8Array(bytes).buffer); // a copy: exactly the file, as the viewer fetches it
      } catch {
        return "refused";
      }
      try {
        const r = await decodeSlice(ds, 0);
        return r.ok ? "accepted" : "refused";
      } catch (e) {
        // The worker would post this as the slice's error; decodeSlice promises { ok: false } instead.
        throw new Error(`decodeSlice threw: ${e instanceof Error ? `${e.message}\n${e.stack}` : String(e)}`);
      }
    },
  },
];

/** One line per CSV importer. */
export const CSV_TARGETS: Target[] = [
  { name: "statistics-csv", run: refusesOnlyWith(CsvImportError, parseConditionsCsv) },
  { name: "labels-csv", run: refusesOnlyWith(CsvImportError, (bytes) => parseLabelsText(bytes)) },
];

/** Planted faults, so a test can prove the harness catches an exception, a hang and a crash. */
export const SELFTEST_TARGETS: Target[] = [
  {
    name: "selftest",
    run(bytes) {
      const text = Buffer.from(bytes).toString("latin1");
      if (text.includes("BOOM")) throw new TypeError("planted exception");
      if (text.includes("HANG")) for (;;);
      if (text.includes("CRASH")) process.exit(70);
      return "accepted";
    },
  },
];
