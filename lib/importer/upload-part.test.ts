// filesOf and uploadPart between two real local storages in temp folders: every file of the part arrives byte for
// byte, a file already there with the same size is not sent again, and a source file that vanished stops the upload.
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createLocalStorage } from "../storage";
import { tempDir } from "./test-utils/make-folder";
import { instance, partOf } from "./test-utils/parts";
import { filesOf, uploadPart } from "./upload-part";

const dirs: string[] = [];
const folder = (files: Record<string, string> = {}) => {
  const d = tempDir("upload-test-");
  dirs.push(d);
  for (const [key, body] of Object.entries(files)) {
    fs.mkdirSync(path.join(d, path.dirname(key)), { recursive: true });
    fs.writeFileSync(path.join(d, key), body);
  }
  return d;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const read = (root: string, key: string) => fs.readFileSync(path.join(root, key), "utf8");

describe("filesOf", () => {
  it("lists each DICOM file, its JPG and the report once", () => {
    const part = partOf([instance(1, 1, 1), instance(1, 2, 1)], { jpg: true });
    expect(filesOf(part, "ST1/r.pdf").sort()).toEqual(
      ["ST1/SE1/IM1", "ST1/SE1/IM1.jpg", "ST1/SE2/IM1", "ST1/SE2/IM1.jpg", "ST1/r.pdf"].sort(),
    );
    // The same file twice in a batch (two series claiming it) is still one key.
    const twice = partOf([instance(1, 1, 1), instance(1, 2, 1, { rel: "ST1/SE1/IM1" })]);
    expect(filesOf(twice, null)).toEqual(["ST1/SE1/IM1"]);
  });
});

describe("uploadPart", () => {
  it("copies every key with its content, creating folders, and counts what it sent", async () => {
    const files = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`ST1/SE1/IM${i}`, `bytes of ${i}`]));
    const src = folder({ ...files, "ST1/r.pdf": "%PDF" });
    const dst = folder();
    const keys = [...Object.keys(files), "ST1/r.pdf"];
    expect(await uploadPart(createLocalStorage(src), createLocalStorage(dst), keys)).toBe(10);
    for (const k of keys) expect(read(dst, k)).toBe(read(src, k));
  });

  it("skips a file already there with the same size and replaces one whose size differs", async () => {
    const src = folder({ a: "new-1", b: "new-22", c: "new-333" });
    const dst = folder({ a: "old-1", b: "old" });
    expect(await uploadPart(createLocalStorage(src), createLocalStorage(dst), ["a", "b", "c"])).toBe(2);
    // Same size: left alone (the re-run shortcut); different size or missing: sent.
    expect([read(dst, "a"), read(dst, "b"), read(dst, "c")]).toEqual(["old-1", "new-22", "new-333"]);
    expect(await uploadPart(createLocalStorage(src), createLocalStorage(dst), ["a", "b", "c"])).toBe(0);
  });

  it("sends nothing for no keys", async () => {
    expect(await uploadPart(createLocalStorage(folder()), createLocalStorage(folder()), [])).toBe(0);
  });

  it("fails, naming the key, when a file vanished from the import folder", async () => {
    const src = folder({ a: "x" });
    const dst = folder();
    await expect(uploadPart(createLocalStorage(src), createLocalStorage(dst), ["a", "gone/IM1"])).rejects.toThrow(
      "gone/IM1: vanished from the import folder during the import",
    );
  });
});
