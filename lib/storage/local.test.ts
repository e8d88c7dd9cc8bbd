// The local driver serves files under its root and refuses every way out of it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalStorage, keyFor, StorageKeyError, StorageNotFoundError } from "./index";

let dir: string;
let root: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "storage-test-"));
  root = path.join(dir, "root");
  fs.mkdirSync(path.join(root, "ST000001/SE000001"), { recursive: true });
  fs.writeFileSync(path.join(root, "ST000001/SE000001/IM000001"), "0123456789");
  fs.writeFileSync(path.join(dir, "secret.txt"), "outside");
  fs.symlinkSync(path.join(dir, "secret.txt"), path.join(root, "escape"));
  fs.symlinkSync(dir, path.join(root, "escape-dir"));
  fs.symlinkSync(path.join(root, "ST000001/SE000001/IM000001"), path.join(root, "inside"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("local storage", () => {
  it("reads and stats a file by its relative key", async () => {
    const s = createLocalStorage(root);
    expect(await text(await s.read("ST000001/SE000001/IM000001"))).toBe("0123456789");
    expect((await s.stat("ST000001/SE000001/IM000001"))?.size).toBe(10);
  });

  it("reads an inclusive byte range", async () => {
    const s = createLocalStorage(root);
    expect(await text(await s.read("ST000001/SE000001/IM000001", { start: 2, end: 4 }))).toBe("234");
    expect(await text(await s.read("ST000001/SE000001/IM000001", { start: 8 }))).toBe("89");
    await expect(s.read("ST000001/SE000001/IM000001", { start: 10 })).rejects.toThrow(RangeError);
  });

  it("answers null / not found for missing files and directories", async () => {
    const s = createLocalStorage(root);
    expect(await s.stat("ST000001/SE000001/IM000099")).toBeNull();
    expect(await s.stat("ST000001")).toBeNull();
    await expect(s.read("ST000001/nothing")).rejects.toThrow(StorageNotFoundError);
  });

  it.each(["../secret.txt", "ST000001/../../secret.txt", "/etc/passwd", "C:/x", "a\\b", "a//b", "./a", "", "a\0b"])(
    "refuses the key %j",
    async (key) => {
      const s = createLocalStorage(root);
      await expect(s.stat(key)).rejects.toThrow(StorageKeyError);
      await expect(s.read(key)).rejects.toThrow(StorageKeyError);
    },
  );

  it("refuses symlinks that lead out of the root, follows those that stay inside", async () => {
    const s = createLocalStorage(root);
    await expect(s.read("escape")).rejects.toThrow(/outside the storage root/);
    await expect(s.stat("escape-dir/secret.txt")).rejects.toThrow(StorageKeyError);
    expect(await text(await s.read("inside"))).toBe("0123456789");
  });

  it("writes atomically, creating the root and folders, and refuses writes that would leave the root", async () => {
    const s = createLocalStorage(path.join(dir, "new-root"));
    expect(await s.stat("a/b.zip")).toBeNull();
    expect((await s.write("a/b.zip", Readable.from([Buffer.from("zip!")]))).size).toBe(4);
    expect(await text(await s.read("a/b.zip"))).toBe("zip!");
    await s.write("a/b.zip", Readable.from([Buffer.from("v2")]));
    expect(fs.readdirSync(path.join(dir, "new-root/a"))).toEqual(["b.zip"]);
    await expect(s.write("../x", Readable.from([]))).rejects.toThrow(StorageKeyError);
    await expect(createLocalStorage(root).write("escape-dir/x", Readable.from([]))).rejects.toThrow(
      /outside the storage root/,
    );
  });

  it("requires an absolute root; keyFor builds POSIX keys only inside the root", () => {
    expect(() => createLocalStorage("relative/root")).toThrow(/absolute/);
    expect(keyFor(root, path.join(root, "ST000001", "IM1"))).toBe("ST000001/IM1");
    expect(keyFor(root, path.join(dir, "secret.txt"))).toBeNull();
    expect(keyFor(root, root)).toBeNull();
  });

  it("writes whole files under the root, removes them, and refuses keys leading out", async () => {
    const s = createLocalStorage(path.join(dir, "writable"));
    await s.write("enquiries/e1/a/quote.pdf", Readable.from([Buffer.from("%PDF-1.4 test")]));
    expect(await text(await s.read("enquiries/e1/a/quote.pdf"))).toBe("%PDF-1.4 test");
    expect(fs.readdirSync(path.join(dir, "writable/enquiries/e1/a"))).toEqual(["quote.pdf"]);
    await s.remove!("enquiries/e1/a/quote.pdf");
    expect(await s.stat("enquiries/e1/a/quote.pdf")).toBeNull();
    await expect(s.write("../outside.txt", Readable.from([Buffer.from("x")]))).rejects.toThrow(StorageKeyError);
    const r = createLocalStorage(root);
    await expect(r.write("escape-dir/planted.txt", Readable.from([Buffer.from("x")]))).rejects.toThrow(StorageKeyError);
    expect(fs.existsSync(path.join(dir, "planted.txt"))).toBe(false);
  });

  it("reads and writes a file whose name starts with two dots (inside the root, not a way out)", async () => {
    const s = createLocalStorage(root);
    await s.write("..hidden", Readable.from([Buffer.from("dots")]));
    expect(await text(await s.read("..hidden"))).toBe("dots");
    expect((await s.stat("..hidden"))?.size).toBe(4);
    expect(fs.readFileSync(path.join(root, "..hidden"), "utf8")).toBe("dots");
  });
});
