// The pack's labels file: one labels:import row per study, its conditions from the phantom parameters, and the
// study folder's size and the documented folder digest (SHA-256 over relative paths and bytes in path order).
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseLabelsText, type LabelRow } from "../catalogue/labels-csv/parse-labels";
import { LABELS_NAME, studyConditions, writeLabelsFile } from "./labels-file";
import { phantomParams } from "./params";
import type { Produced } from "./produce";

const tmp = mkdtempSync(path.join(os.tmpdir(), "synth-labels-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function put(dir: string, rel: string, content: string) {
  const file = path.join(dir, ...rel.split("/"));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

const produced = (k: number, date: string, series: number, images: number): Produced => ({
  k,
  sex: phantomParams("labels-test", k).sex,
  dir: {
    studyUid: `2.25.${k}00`,
    date,
    time: "090000",
    description: "S",
    series: Array.from({ length: series }, (_, s) => ({
      modality: "MR",
      seriesUid: `2.25.${k}.${s}`,
      seriesNumber: s + 1,
      description: "X",
      images: [],
    })),
  },
  bytes: 0,
  files: 0,
  images,
});

describe("studyConditions", () => {
  it("study 1: disc disease, herniation (an extrusion) and stenosis (6.5 mm deep)", () => {
    expect(studyConditions("any", 1)).toEqual(["Degenerative disc disease", "Disc herniation", "Spinal stenosis"]);
  });

  it("follows each study's herniation: protrusion or herniation by kind, stenosis from 5.5 mm deep", () => {
    const seen = new Set<string>();
    for (let k = 2; k < 40; k++) {
      const h = phantomParams("labels-test", k).herniation;
      const c = studyConditions("labels-test", k);
      expect(c[0]).toBe("Degenerative disc disease");
      expect(c[1]).toBe(h.kind === "extrusion" ? "Disc herniation" : "Disc protrusion");
      expect(c.includes("Spinal stenosis")).toBe(h.depthMm >= 5.5);
      seen.add(c.join("|"));
    }
    // Both kinds, with and without stenosis, occur.
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });
});

describe("writeLabelsFile", () => {
  const out = path.join(tmp, "pack");
  // Study folders with known files: nested, and named so byte order and path order differ from creation order.
  const files1: [string, string][] = [
    ["SE000002/IM000001", "bbbb"],
    ["SE000001/IM000001.jpg", "jj"],
    ["SE000001/IM000001", "aaaaaa"],
  ];
  const files2: [string, string][] = [["SE000001/IM000001", "z"]];
  for (const [rel, c] of files1) put(path.join(out, "ST000001"), rel, c);
  for (const [rel, c] of files2) put(path.join(out, "ST000002"), rel, c);
  put(out, "Lumbar_Spine_MRI.pdf", "not part of any study folder");

  const digest = (files: [string, string][]) => {
    const h = createHash("sha256");
    for (const [rel, c] of [...files].sort((a, b) => (a[0] < b[0] ? -1 : 1))) h.update(rel).update("\0").update(c);
    return h.digest("hex");
  };

  it("writes one importable row per study with the folder's size and digest", async () => {
    await writeLabelsFile(out, "labels-test", [produced(1, "20240315", 2, 3), produced(2, "20251201", 1, 1)]);
    const text = readFileSync(path.join(out, LABELS_NAME));
    const rows: LabelRow[] = [];
    await parseLabelsText(text, (r) => void rows.push(r));
    expect(rows).toHaveLength(2);
    const p1 = phantomParams("labels-test", 1);
    expect(rows[0]).toEqual({
      studyInstanceUid: "2.25.100",
      conditions: studyConditions("labels-test", 1),
      method: "MRI 1.5T",
      sequences: ["SAG T2", "AX T2"],
      sex: p1.sex,
      age: p1.ageYears,
      race: p1.race,
      manufacturer: "Philips Medical Systems",
      model: "Intera",
      fieldStrength: 1500,
      studyYear: 2024,
      seriesCount: 2,
      instanceCount: 3,
      sizeBytes: 4 + 2 + 6,
      objectKey: "ST000001",
      sha256: digest(files1),
    });
    expect(rows[1]).toMatchObject({
      studyInstanceUid: "2.25.200",
      studyYear: 2025,
      sizeBytes: 1,
      objectKey: "ST000002",
      sha256: digest(files2),
      sex: phantomParams("labels-test", 2).sex,
    });
  });

  it("uses CRLF line ends", () => {
    const text = readFileSync(path.join(out, LABELS_NAME), "utf8");
    expect(text.split("\r\n")).toHaveLength(4);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
  });

  it("the digest changes when a file's bytes or its name change", async () => {
    const before = (await rowsOf()).sha256;
    put(path.join(out, "ST000002"), "SE000001/IM000001", "y");
    const changed = (await rowsOf()).sha256;
    expect(changed).not.toBe(before);
    rmSync(path.join(out, "ST000002", "SE000001", "IM000001"));
    put(path.join(out, "ST000002"), "SE000001/IM000002", "y");
    expect((await rowsOf()).sha256).not.toBe(changed);
  });

  async function rowsOf(): Promise<LabelRow> {
    await writeLabelsFile(out, "labels-test", [produced(2, "20251201", 1, 1)]);
    const rows: LabelRow[] = [];
    await parseLabelsText(readFileSync(path.join(out, LABELS_NAME)), (r) => void rows.push(r));
    return rows[0]!;
  }
});
