// One study end to end (images, JPGs, its PDF report); returns only plain data, so a worker can post it back.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { DirStudy } from "./dicomdir";
import type { PlanOptions } from "./planes";
import { reportPdf } from "./report-pdf";
import { folder, writeStudy } from "./study";

export const REPORT_NAME = "Lumbar_Spine_MRI.pdf";

export interface ProduceOptions extends PlanOptions {
  seed: string;
  jpegQuality?: number;
}

export interface Produced {
  k: number;
  sex: string;
  dir: DirStudy;
  bytes: number;
  files: number;
  images: number;
}

/** Study 1's report is the pack's root Lumbar_Spine_MRI.pdf (the vendor's layout); study k>1 keeps its own in ST00000k/. */
export const reportPath = (outDir: string, k: number) =>
  k === 1 ? path.join(outDir, REPORT_NAME) : path.join(outDir, folder("ST", k), REPORT_NAME);

export async function produceStudy(
  outDir: string,
  k: number,
  o: ProduceOptions,
  onImage?: (bytes: number) => void,
): Promise<Produced> {
  const study = await writeStudy(outDir, k, { ...o, onImage });
  const { params, studyUid, date } = study.context;
  const report = await reportPdf({ params, studyUid, date, keyImages: study.keyImages });
  await writeFile(reportPath(outDir, k), report);
  return {
    k,
    sex: params.sex,
    dir: study.dir,
    bytes: study.bytes + report.length,
    files: study.files + 1,
    images: study.files / 2,
  };
}
