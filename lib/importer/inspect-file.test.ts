// One file's verdict: what is kept (patient-free attributes, hash, PHI findings without values) and why files fail.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildPart10, mrDataset } from "../dicom/test-utils/build-dicom";
import { buildDicomdir, simpleTree } from "../dicom/test-utils/build-dicomdir";
import { inspectBuffer, inspectFile } from "./inspect-file";
import { PATH_FINDING } from "./patient-values";
import { tempDir } from "./test-utils/make-folder";

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("inspectFile", () => {
  it("keeps the catalogue attributes, the plane and the SHA-256 of the bytes read", async () => {
    const bytes = buildPart10(mrDataset());
    fs.writeFileSync(path.join(dir, "IM000001"), bytes);
    const r = await inspectFile(dir, "IM000001");
    if (r.kind !== "instance") throw new Error(JSON.stringify(r));
    expect(r.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(r.size).toBe(bytes.length);
    expect(r.meta).toMatchObject({
      plane: "sagittal",
      seriesDescription: "T2 SAG",
      manufacturer: "Philips Medical Systems",
      fieldStrength: 1.5,
      rows: 4,
      frames: 1,
    });
    expect(r.phi).toEqual([]);
  });

  it("rejects with a reason a person understands", async () => {
    expect(await inspectBuffer("IM000014", buildPart10(mrDataset({ Rows: 0 })))).toEqual({
      kind: "rejected",
      rel: "IM000014",
      reason: "Rows is 0",
    });
    expect(await inspectFile(dir, "missing")).toEqual({
      kind: "rejected",
      rel: "missing",
      reason: "file disappeared while importing",
    });
  });

  it("lists identifying attributes without their values and drops descriptions that repeat them", async () => {
    const r = await inspectBuffer(
      "IM1",
      buildPart10(
        mrDataset({ PatientName: "DOE^JANE", PatientID: "PID-778341", StudyDescription: "Lumbar spine DOE JANE" }),
      ),
    );
    if (r.kind !== "instance") throw new Error(JSON.stringify(r));
    expect(r.phi.map((f) => f.keyword)).toEqual(["StudyDescription", "PatientName", "PatientID"]);
    expect(r.phi[0]!.reason).toBe("repeats a known identifier");
    expect(r.meta.studyDescription).toBeNull();
    // The values travel only in `identifiers` (for the PDF report check, never stored).
    expect(r.identifiers.sort()).toEqual(["DOE^JANE", "PID-778341"]);
    expect(JSON.stringify({ ...r, identifiers: [] })).not.toMatch(/DOE|778341/);
  });

  it("indexes a file whose path repeats its patient's ID but flags it so its study is never published", async () => {
    const r = await inspectBuffer("PID-778341/CR1/6154", buildPart10(mrDataset({ PatientID: "PID-778341" })));
    if (r.kind !== "instance") throw new Error(JSON.stringify(r));
    expect(r.phi).toContainEqual(PATH_FINDING);
    const clean = await inspectBuffer("CASE-1/CR1/6154", buildPart10(mrDataset({ PatientID: "PID-778341" })));
    if (clean.kind !== "instance") throw new Error(JSON.stringify(clean));
    expect(clean.phi).not.toContainEqual(PATH_FINDING);
  });

  it("recognises a DICOMDIR and reports its problems instead of indexing it", async () => {
    const r = await inspectBuffer("DICOMDIR-copy", buildDicomdir(simpleTree([["IM1"]])));
    expect(r).toEqual({ kind: "dicomdir", rel: "DICOMDIR-copy", problems: [] });
  });
});
