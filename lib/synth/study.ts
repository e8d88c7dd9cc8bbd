// One synthetic study on disk: ST/SE/IM Part 10 files with JPGs beside them, plus what the index and report need.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { MR_IMAGE_STORAGE, mrImageFile, STUDY_DESCRIPTION, type StudyContext } from "./dicom-image";
import type { DirStudy } from "./dicomdir";
import { encodeJpeg, windowTo8bit } from "./jpeg";
import { smoothNoise } from "./noise";
import { buildPhantom } from "./phantom";
import { axialPlan, sagittalPlan, type PlanOptions } from "./planes";
import { renderSlice } from "./render";
import { hash32, makeRng, uidFor } from "./rng";

export const folder = (prefix: "ST" | "SE" | "IM", n: number) => `${prefix}${String(n).padStart(6, "0")}`;

export interface StudyOptions extends PlanOptions {
  seed: string;
  jpegQuality?: number;
  /** Called after each image (DICOM + JPG) is written, with the bytes written. */
  onImage?: (bytes: number) => void;
}

export interface StudyResult {
  context: StudyContext;
  dir: DirStudy;
  keyImages: { jpeg: Uint8Array; caption: string }[];
  bytes: number;
  files: number;
}

function studyContext(seed: string, k: number, params: StudyContext["params"]): StudyContext {
  const r = makeRng(seed, `study-${k}-dates`);
  const day = new Date(Date.UTC(2024, 0, 8) + r.int(0, 360) * 86_400_000);
  const date = day.toISOString().slice(0, 10).replaceAll("-", "");
  const time = `${String(r.int(8, 17)).padStart(2, "0")}${String(r.int(0, 3) * 10).padStart(2, "0")}00`;
  return {
    params,
    studyUid: uidFor(seed, `study/${k}`),
    frameOfReferenceUid: uidFor(seed, `study/${k}/frame-of-reference`),
    date,
    time,
  };
}

export async function writeStudy(outDir: string, k: number, o: StudyOptions): Promise<StudyResult> {
  const phantom = buildPhantom(o.seed, k);
  const context = studyContext(o.seed, k, phantom.params);
  const plans = [sagittalPlan(phantom.spine, o), axialPlan(phantom.spine, o)];
  const dir: DirStudy = {
    studyUid: context.studyUid,
    date: context.date,
    time: context.time,
    description: STUDY_DESCRIPTION,
    series: [],
  };
  const keyImages: StudyResult["keyImages"] = [];
  const herniated = phantom.params.herniation.level;
  let bytes = 0;
  let files = 0;
  for (const [s, plan] of plans.entries()) {
    const seriesUid = uidFor(o.seed, `study/${k}/series/${s + 1}`);
    const rel = [folder("ST", k), folder("SE", s + 1)];
    await mkdir(path.join(outDir, ...rel), { recursive: true });
    const first = plan.slices[0]!;
    const tex = smoothNoise(first.rows, first.cols, hash32(`${o.seed}|${k}|${s}|tex`));
    const series = {
      modality: "MR",
      seriesUid,
      seriesNumber: plan.seriesNumber,
      description: plan.description,
      images: [] as DirStudy["series"][number]["images"],
    };
    const keyIndex =
      plan.kind === "sag"
        ? Math.floor(plan.slices.length / 2)
        : plan.slices.findIndex((sl) => sl.label === herniated) + Math.floor((o.traPerDisc ?? 4) / 2);
    for (const [i, slice] of plan.slices.entries()) {
      const sopInstanceUid = uidFor(o.seed, `study/${k}/series/${s + 1}/image/${i + 1}`);
      const img = renderSlice(phantom, slice, `${o.seed}|${k}|${s}|${i}`, tex);
      const dcm = mrImageFile(context, plan, slice, { sopInstanceUid, seriesUid, instanceNumber: i + 1 }, img);
      const jpg = await encodeJpeg(
        windowTo8bit(img.pixels, img.windowCenter, img.windowWidth),
        slice.cols,
        slice.rows,
        o.jpegQuality ?? 85,
      );
      const fileId = [...rel, folder("IM", i + 1)];
      const file = path.join(outDir, ...fileId);
      await Promise.all([writeFile(file, dcm), writeFile(`${file}.jpg`, jpg)]);
      series.images.push({ fileId, sopClassUid: MR_IMAGE_STORAGE, sopInstanceUid, instanceNumber: i + 1 });
      if (i === keyIndex) {
        const where = plan.kind === "sag" ? "mid-sagittal T2W" : `axial T2W at ${herniated}`;
        keyImages.push({ jpeg: jpg, caption: `${where} (${fileId.join("/")})` });
      }
      bytes += dcm.length + jpg.length;
      files += 2;
      o.onImage?.(dcm.length + jpg.length);
    }
    dir.series.push(series);
  }
  return { context, dir, keyImages, bytes, files };
}
