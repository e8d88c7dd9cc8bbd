// Test helper: a scratch database with one published sample study (two series, files on disk), one unpublished
// copy and one non-sample study, so the catalogue queries and file routes can be checked against each case.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Db } from "@/lib/db";
import { buildPart10, mrDataset } from "@/lib/dicom/test-utils/build-dicom";

export interface PreviewFixture {
  root: string;
  published: { studyId: string; sagittal: string[]; axial: string[] };
  unpublished: { studyId: string; instanceId: string };
  notSample: { studyId: string; instanceId: string };
  phi: { instanceId: string };
  cleanup(): void;
}

const sha = (b: Uint8Array) => crypto.createHash("sha256").update(b).digest("hex");

function write(root: string, key: string, bytes: Uint8Array | string): void {
  const file = path.join(root, ...key.split("/"));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
}

export async function seedPreviewFixture(db: Db): Promise<PreviewFixture> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "preview-fixture-"));
  const dataset = await db.dataset.create({ data: { slug: `ds-${crypto.randomUUID()}`, title: "t" } });
  write(root, "Lumbar_Spine_MRI.pdf", "%PDF-1.4\n%%EOF\n");
  const clean = buildPart10(mrDataset());
  const withPhi = buildPart10(mrDataset({ PatientName: "DOE^JANE" }));

  async function study(
    uid: string,
    flags: { isSample: boolean; published: boolean },
    planes: [string, number][],
    phiAt?: number,
  ) {
    const s = await db.study.create({
      data: {
        datasetId: dataset.id,
        studyInstanceUid: uid,
        storageRoot: root,
        reportKey: "Lumbar_Spine_MRI.pdf",
        description: "SYNTHETIC PHANTOM",
        manufacturer: "Philips",
        model: "Intera",
        fieldStrength: 1.5,
        patientAge: "045Y",
        patientSex: "F",
        ...flags,
      },
    });
    const ids: string[][] = [];
    for (const [n, [plane, count]] of planes.entries()) {
      const series = await db.series.create({
        data: {
          studyId: s.id,
          seriesInstanceUid: `${uid}.${n}`,
          seriesNumber: n + 1,
          plane,
          description: `T2 ${plane}`,
          instanceCount: count,
        },
      });
      const list: string[] = [];
      for (let i = count; i >= 1; i--) {
        const bytes = phiAt === i ? withPhi : clean;
        const key = `${uid}/SE${n}/IM${i}`;
        write(root, key, bytes);
        write(root, `${key}.jpg`, "jpg-bytes");
        const inst = await db.instance.create({
          data: {
            seriesId: series.id,
            sopInstanceUid: `${key}`,
            instanceNumber: i,
            sliceLocation: i * 4,
            rows: 4,
            columns: 4,
            transferSyntaxUid: "1.2.840.10008.1.2.1",
            fileKey: key,
            jpgKey: `${key}.jpg`,
            sizeBytes: bytes.length,
            sha256: sha(bytes),
          },
        });
        list.unshift(inst.id);
      }
      ids.push(list);
    }
    return { id: s.id, ids };
  }

  const pub = await study(
    "1.2.3.1",
    { isSample: true, published: true },
    [
      ["axial", 3],
      ["sagittal", 2],
    ],
    3,
  );
  const unpub = await study("1.2.3.2", { isSample: true, published: false }, [["sagittal", 1]]);
  const notSample = await study("1.2.3.3", { isSample: false, published: true }, [["sagittal", 1]]);
  return {
    root,
    published: { studyId: pub.id, axial: pub.ids[0]!, sagittal: pub.ids[1]! },
    unpublished: { studyId: unpub.id, instanceId: unpub.ids[0]![0]! },
    notSample: { studyId: notSample.id, instanceId: notSample.ids[0]![0]! },
    phi: { instanceId: pub.ids[0]![2]! },
    cleanup: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}
