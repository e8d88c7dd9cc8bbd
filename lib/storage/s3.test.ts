// The S3 driver against a real S3-compatible server over HTTP: write (single PUT and multipart), stat, ranged read,
// a presigned GET that plain fetch can use, and the same key checks as the local driver.
import { createHash, randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { buffer, text } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createS3Storage, openStorage, parseLocation, StorageKeyError, StorageNotFoundError } from "./index";
import { startLocalS3, type LocalS3 } from "./test-utils/s3rver";

let s3: LocalS3;
beforeAll(async () => {
  s3 = await startLocalS3("storage-test");
});
afterAll(() => s3?.stop());

describe("S3 storage driver", () => {
  it("writes, stats and reads back under its prefix, with ranges", async () => {
    const st = createS3Storage(s3.client, s3.bucket, "p/q");
    expect(st.location).toBe("s3://storage-test/p/q");
    const info = await st.write("ST1/SE1/IM1", Readable.from([Buffer.from("0123456789")]), { size: 10 });
    expect(info.size).toBe(10);
    expect((await st.stat("ST1/SE1/IM1"))?.size).toBe(10);
    expect(await text(await st.read("ST1/SE1/IM1"))).toBe("0123456789");
    expect(await text(await st.read("ST1/SE1/IM1", { start: 2, end: 4 }))).toBe("234");
    expect(await text(await st.read("ST1/SE1/IM1", { start: 7 }))).toBe("789");
    // The same object seen from the location string a study records.
    const again = openStorage("s3://storage-test/p/q", () => s3.client);
    expect(await text(await again.read("ST1/SE1/IM1"))).toBe("0123456789");
  });

  it("streams a body larger than one part through a multipart upload", async () => {
    const st = createS3Storage(s3.client, s3.bucket, "");
    const data = randomBytes(12 * 1024 * 1024);
    await st.write("big.bin", Readable.from(chunks(data, 64 * 1024)));
    const back = await buffer(await st.read("big.bin"));
    expect(createHash("sha256").update(back).digest("hex")).toBe(createHash("sha256").update(data).digest("hex"));
  });

  it("answers null / not found for missing objects and refuses bad keys", async () => {
    const st = createS3Storage(s3.client, s3.bucket, "p");
    expect(await st.stat("nothing/here")).toBeNull();
    await expect(st.read("nothing/here")).rejects.toThrow(StorageNotFoundError);
    await expect(st.stat("../escape")).rejects.toThrow(StorageKeyError);
    await expect(st.write("/abs", Readable.from([]))).rejects.toThrow(StorageKeyError);
  });

  it("presigns a GET that an anonymous client can fetch, with Range and the download name", async () => {
    const st = createS3Storage(s3.client, s3.bucket, "p");
    await st.write("a.zip", Readable.from([Buffer.from("abcdef")]));
    const url = await st.presignGet!("a.zip", {
      expiresIn: 300,
      fileName: "study a.zip",
      contentType: "application/zip",
    });
    expect(url).toContain("X-Amz-Expires=300");
    const full = await fetch(url);
    expect(full.status).toBe(200);
    expect(await full.text()).toBe("abcdef");
    expect(full.headers.get("content-disposition")).toContain('filename="study_a.zip"');
    const part = await fetch(url, { headers: { range: "bytes=1-2" } });
    expect(part.status).toBe(206);
    expect(await part.text()).toBe("bc");
  });

  it("parses storage locations and refuses anything else", () => {
    expect(parseLocation("s3://bucket-a/x/y/")).toEqual({ driver: "s3", bucket: "bucket-a", prefix: "x/y" });
    expect(parseLocation("/data/pack")).toEqual({ driver: "local", root: "/data/pack" });
    expect(() => parseLocation("relative/dir")).toThrow(/absolute/);
    expect(() => parseLocation("s3://B/x")).toThrow(/bucket/);
    expect(() => parseLocation("s3://bucket/../x")).toThrow(/prefix/);
  });
});

function* chunks(b: Buffer, size: number) {
  for (let i = 0; i < b.length; i += size) yield b.subarray(i, i + size);
}
