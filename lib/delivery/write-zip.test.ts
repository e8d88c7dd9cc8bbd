// The study archive stream: stored entries plus SHA256SUMS, identical bytes on every build, and a failed stream when
// a file's content no longer matches the catalogue.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalStorage } from "../storage";
import { HashingCounter, SUMS_NAME, zipStudy } from "./write-zip";

let dir: string;
const files = { "ST000001/SE000001/IM000001": "first image bytes", "ST000001/SE000001/IM000002": "second" };
const sha = (s: string) => createHash("sha256").update(s).digest("hex");

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "write-zip-"));
  for (const [key, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, key)), { recursive: true });
    fs.writeFileSync(path.join(dir, key), body);
  }
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
});

describe("HashingCounter", () => {
  it("passes bytes through while hashing and counting them", async () => {
    const h = new HashingCounter();
    const out = await bytesOf(Readable.from([Buffer.from("ab"), Buffer.from("c")]).pipe(h));
    expect(out.toString()).toBe("abc");
    expect([h.bytes, h.digest]).toEqual([3, sha("abc")]);
  });
});
