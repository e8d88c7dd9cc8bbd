// The study archive stream: stored entries plus SHA256SUMS, identical bytes on every build, and a failed stream when
// a file's content no longer matches the catalogue.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { once } from "node:events";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalStorage } from "../storage";
import { HashingCounter, SUMS_NAME, zipStudy } from "./write-zip";

let dir: string;
const files = { "ST000001/SE000001/IM000001": "first image bytes", "ST000001/SE000001/IM000002": "second" };
const sha = (s: string) => createHash("sha256").update(s).digest("hex");
// Far more than the streams between the file and the zip buffer: a read of it is mid-file until the zip is consumed.
const BIG = "ST000002/SE000001/IM000001";
const BIG_SIZE = 4 << 20;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "write-zip-"));
  for (const [key, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, key)), { recursive: true });
    fs.writeFileSync(path.join(dir, key), body);
  }
  fs.mkdirSync(path.dirname(path.join(dir, BIG)), { recursive: true });
  fs.writeFileSync(path.join(dir, BIG), Buffer.alloc(BIG_SIZE, 7));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const entries = (override: Partial<Record<string, string>> = {}) =>
  Object.entries(files).map(([key, body]) => ({ key, size: body.length, sha256: override[key] ?? sha(body) }));
const bytesOf = async (r: Readable) => Buffer.concat(await r.toArray());

describe("zipStudy", () => {
  it("stores every file as is, then SHA256SUMS listing them, in bytes that depend only on the files", async () => {
    const storage = createLocalStorage(dir);
    const a = await bytesOf(zipStudy(storage, entries()));
    const b = await bytesOf(zipStudy(storage, entries()));
    expect(a.equals(b)).toBe(true);
    expect(a.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const text = a.toString("latin1");
    for (const [key, body] of Object.entries(files)) {
      expect(text).toContain(key);
      expect(text).toContain(body);
    }
    const sums = Object.entries(files)
      .map(([key, body]) => `${sha(body)}  ${key}\n`)
      .join("");
    expect(text).toContain(SUMS_NAME);
    expect(text).toContain(sums);
  });

  it("fails the stream when a file changed since import, or is missing", async () => {
    const storage = createLocalStorage(dir);
    const first = Object.keys(files)[0]!;
    await expect(bytesOf(zipStudy(storage, entries({ [first]: "0".repeat(64) })))).rejects.toThrow(
      /content changed since import/,
    );
    const missing = [{ key: "ST000001/SE000001/IM999999", size: null, sha256: null }];
    await expect(bytesOf(zipStudy(storage, missing))).rejects.toThrow();
  });

  it("closes the file it is reading when the zip is destroyed before the end (a failed or abandoned write)", async () => {
    const local = createLocalStorage(dir);
    const opened: Readable[] = [];
    const storage = { ...local, read: async (key: string) => opened[opened.push(await local.read(key)) - 1]! };
    const zip = zipStudy(storage, [{ key: BIG, size: BIG_SIZE, sha256: null }]);
    // Take 256 KiB of the zip (the file's bytes are flowing through it), then stop reading and destroy it.
    let taken = 0;
    for await (const chunk of zip.iterator({ destroyOnReturn: false })) {
      taken += (chunk as Buffer).length;
      if (taken >= 256 << 10) break;
    }
    expect(opened).toHaveLength(1);
    expect(opened[0]!.destroyed).toBe(false);
    zip.destroy();
    await once(zip, "close");
    expect(opened[0]!.destroyed).toBe(true);
  });

  it("closes a file whose read was still being opened when the zip was destroyed", async () => {
    const local = createLocalStorage(dir);
    let opened!: (r: Readable) => void;
    const first = new Promise<Readable>((r) => (opened = r));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const storage = {
      ...local,
      read: async (key: string) => {
        const stream = await local.read(key);
        opened(stream);
        await gate; // the zip is destroyed while its read of this file is pending
        return stream;
      },
    };
    const zip = zipStudy(storage, [{ key: BIG, size: BIG_SIZE, sha256: null }]);
    zip.resume();
    const stream = await first;
    zip.destroy();
    await once(zip, "close");
    release();
    await new Promise((r) => setImmediate(r)); // the read's promise settles in this turn's microtasks
    expect(stream.destroyed).toBe(true);
  });
});

describe("HashingCounter", () => {
  it("passes bytes through while hashing and counting them", async () => {
    const h = new HashingCounter();
    const out = await bytesOf(Readable.from([Buffer.from("ab"), Buffer.from("c")]).pipe(h));
    expect(out.toString()).toBe("abc");
    expect([h.bytes, h.digest]).toEqual([3, sha("abc")]);
  });
});
