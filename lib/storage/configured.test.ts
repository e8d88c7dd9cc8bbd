// Where the environment puts archives and imported study files, for each storage driver.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "../env-schema.mjs";
import { archiveLocation, archiveStorage, importLocation } from "./configured";
import { parseLocation } from "./location";

const local = (extra: Record<string, string> = {}) => parseEnv({ DATA_DIR: "/srv/storefront", ...extra });
const s3 = (extra: Record<string, string> = {}) =>
  parseEnv({ DATA_DIR: "/srv/storefront", STORAGE_DRIVER: "s3", S3_BUCKET: "media-bucket", ...extra });

describe("archiveLocation", () => {
  it("local: ARCHIVE_DIR when set, else DATA_DIR/archives, always absolute", () => {
    expect(archiveLocation(local())).toBe(path.resolve("/srv/storefront/archives"));
    expect(archiveLocation(local({ ARCHIVE_DIR: "/mnt/archives" }))).toBe(path.resolve("/mnt/archives"));
    expect(path.isAbsolute(archiveLocation(parseEnv({ DATA_DIR: ".data" })))).toBe(true);
  });

  it("s3: the archives folder under S3_PREFIX in S3_BUCKET, ignoring ARCHIVE_DIR", () => {
    expect(archiveLocation(s3())).toBe("s3://media-bucket/archives");
    expect(archiveLocation(s3({ S3_PREFIX: "prod/v1", ARCHIVE_DIR: "/mnt/x" }))).toBe(
      "s3://media-bucket/prod/v1/archives",
    );
    expect(parseLocation(archiveLocation(s3({ S3_PREFIX: "prod/v1" })))).toMatchObject({ prefix: "prod/v1/archives" });
  });
});

describe("importLocation", () => {
  it("local: null (files are indexed where they are)", () => {
    expect(importLocation("lumbar-spine", "1.2.3", local())).toBeNull();
  });

  it("s3: one prefix per dataset and study", () => {
    expect(importLocation("lumbar-spine", "1.2.840.1", s3({ S3_PREFIX: "p" }))).toBe(
      "s3://media-bucket/p/studies/lumbar-spine/1.2.840.1",
    );
  });
});

describe("archiveStorage", () => {
  it("opens the local archive folder without an S3 client", () => {
    const s = archiveStorage(local({ ARCHIVE_DIR: "/mnt/archives" }), () => {
      throw new Error("no S3 client for the local driver");
    });
    expect(s.location).toBe(path.resolve("/mnt/archives"));
  });
});
