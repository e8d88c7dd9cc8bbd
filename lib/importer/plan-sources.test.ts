// The walk + plan steps: DICOMDIR order vs plain tree walk, stray files, missing and unlisted files, broken DICOMDIRs.
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { planSources } from "./plan-sources";
import { fileId, makeFolder, tempDir } from "./test-utils/make-folder";
import { ImportSourceError, walkTree } from "./walk-tree";

const dirs: string[] = [];
const folder = () => {
  const d = tempDir();
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe("walkTree + planSources", () => {
  it("follows the DICOMDIR and sorts companions and stray files", async () => {
    const root = folder();
    const files = makeFolder(root, { studies: [[2, 1]], dicomdir: true, jpg: true, pdf: true, csv: true });
    fs.writeFileSync(path.join(root, ".DS_Store"), "x");
    fs.writeFileSync(path.join(root, "README"), "notes");
    const tree = await walkTree(root);
    expect(tree.byKind.dicomdir).toEqual(["DICOMDIR"]);
    expect(tree.byKind.jpg).toHaveLength(3);
    expect(tree.byKind.pdf).toEqual(["Lumbar_Spine_MRI.pdf"]);
    expect(tree.byKind.csv).toEqual(["Spine_MRI_conditions.csv"]);
    expect(tree.byKind.ignored.sort()).toEqual([".DS_Store", "README"]);
    const plan = await planSources(tree);
    expect(plan.order).toEqual(files);
    expect(plan.problems).toEqual([]);
    expect(plan.rejected).toEqual([]);
  });

  it("walks the tree when there is no DICOMDIR, .dcm names included", async () => {
    const root = folder();
    const files = makeFolder(root, { studies: [[2], [1]], dcm: true });
    const plan = await planSources(await walkTree(root));
    expect(plan.order).toEqual(files);
    expect(plan.problems).toEqual([]);
  });

  it("reports records whose files are missing and imports files the DICOMDIR does not list", async () => {
    const root = folder();
    makeFolder(root, { studies: [[3]], dicomdir: true });
    fs.rmSync(path.join(root, ...fileId(1, 1, 2)));
    fs.writeFileSync(
      path.join(root, "ST000001/SE000001/IM000099"),
      fs.readFileSync(path.join(root, ...fileId(1, 1, 1))),
    );
    const plan = await planSources(await walkTree(root));
    expect(plan.order).toEqual([
      "ST000001/SE000001/IM000001",
      "ST000001/SE000001/IM000003",
      "ST000001/SE000001/IM000099",
    ]);
    const text = plan.problems.map((p) => `${p.path}: ${p.problem}`).join("\n");
    expect(text).toMatch(
      /DICOMDIR: IMAGE record at offset \d+ references ST000001\/SE000001\/IM000002, which does not exist/,
    );
    expect(text).toMatch(
      /1 file\(s\) in its folder are not listed in this DICOMDIR \(first: ST000001\/SE000001\/IM000099\)/,
    );
  });

  it("survives a looping DICOMDIR and offsets past the end, then still finds the files on disk", async () => {
    for (const patch of [
      (l: { next: number[] }, o: number[]) => void (l.next[4] = o[3]!), // second image points back at the first
      (l: { lower: number[] }, _o: number[], size: number) => void (l.lower[2] = size + 1000),
    ]) {
      const root = folder();
      const files = makeFolder(root, { studies: [[2]], dicomdir: true, patchDicomdir: patch as never });
      const plan = await planSources(await walkTree(root));
      expect(plan.order.sort()).toEqual(files);
      expect(plan.problems.map((p) => p.problem).join("\n")).toMatch(/cycle|past the end/);
    }
  });

  it("rejects a DICOMDIR that is not one, with a reason", async () => {
    const root = folder();
    makeFolder(root, { studies: [[1]] });
    fs.writeFileSync(path.join(root, "DICOMDIR"), "not a dicomdir at all");
    const plan = await planSources(await walkTree(root));
    expect(plan.rejected).toHaveLength(1);
    expect(plan.rejected[0]!.path).toBe("DICOMDIR");
    expect(plan.order).toEqual(["ST000001/SE000001/IM000001"]);
  });

  it("does not follow symbolic links", async () => {
    const root = folder();
    const outside = folder();
    makeFolder(outside, { studies: [[1]] });
    fs.symlinkSync(path.join(outside, "ST000001"), path.join(root, "ST000001"));
    const tree = await walkTree(root);
    expect(tree.symlinks).toEqual(["ST000001"]);
    expect((await planSources(tree)).order).toEqual([]);
  });

  it("refuses a missing path or a file with a clear message", async () => {
    await expect(walkTree("/nonexistent/pack")).rejects.toThrow(
      new ImportSourceError("/nonexistent/pack does not exist"),
    );
    const root = folder();
    fs.writeFileSync(path.join(root, "file"), "x");
    await expect(walkTree(path.join(root, "file"))).rejects.toThrow(/is not a folder/);
  });
});
