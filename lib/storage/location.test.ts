// A study's storage location string: parsed into a driver, refused when it is neither form, opened as that driver.
import path from "node:path";
import { S3Client } from "@aws-sdk/client-s3";
import { describe, expect, it } from "vitest";
import { openStorage, parseLocation, s3Location } from "./location";

const noS3 = (): S3Client => {
  throw new Error("the local driver must not create an S3 client");
};

describe("parseLocation", () => {
  it("reads an absolute folder as the local driver", () => {
    const root = path.resolve("/srv/imports/pack-1");
    expect(parseLocation(root)).toEqual({ driver: "local", root });
  });

  it("reads s3://bucket[/prefix] as the S3 driver, without trailing slashes on the prefix", () => {
    expect(parseLocation("s3://my-bucket")).toEqual({ driver: "s3", bucket: "my-bucket", prefix: "" });
    expect(parseLocation("s3://my-bucket/")).toEqual({ driver: "s3", bucket: "my-bucket", prefix: "" });
    expect(parseLocation("s3://my.bucket-1/delivery/v1//")).toEqual({
      driver: "s3",
      bucket: "my.bucket-1",
      prefix: "delivery/v1",
    });
  });

  it.each([
    ["relative/folder", "neither an absolute folder"],
    ["", "neither an absolute folder"],
    ["S3://bucket/x", "neither an absolute folder"],
    ["s3://", "is not a bucket name"],
    ["s3://ab/x", "is not a bucket name"],
    ["s3://Upper/x", "is not a bucket name"],
    ["s3://-bucket/x", "is not a bucket name"],
    ["s3://under_score", "is not a bucket name"],
    [`s3://${"b".repeat(64)}`, "is not a bucket name"],
    ["s3://bucket//abs", "bad prefix"],
    ["s3://bucket/a/../b", "bad prefix"],
    ["s3://bucket/./a", "bad prefix"],
  ])("refuses %j with a message naming the problem", (location, why) => {
    expect(() => parseLocation(location)).toThrow(why);
  });
});

describe("s3Location", () => {
  it("joins the bucket and the parts that are set, skipping undefined and empty ones", () => {
    expect(s3Location("b1")).toBe("s3://b1");
    expect(s3Location("b1", undefined, "archives")).toBe("s3://b1/archives");
    expect(s3Location("b1", "pre/fix", "", "studies", "ds", "1.2.3")).toBe("s3://b1/pre/fix/studies/ds/1.2.3");
  });

  it("round-trips through parseLocation", () => {
    expect(parseLocation(s3Location("bucket-1", "pre/fix", "archives"))).toEqual({
      driver: "s3",
      bucket: "bucket-1",
      prefix: "pre/fix/archives",
    });
  });
});

describe("openStorage", () => {
  it("opens a local folder without asking for an S3 client", () => {
    const root = path.resolve("/srv/imports/pack-1");
    expect(openStorage(root, noS3).location).toBe(root);
  });

  it("opens an S3 location with the supplied client, reporting the same location back", () => {
    let made = 0;
    const client = () => {
      made++;
      return new S3Client({ region: "us-east-1", endpoint: "http://127.0.0.1:1", forcePathStyle: true });
    };
    const s = openStorage("s3://bucket-1/pre/fix/", client);
    expect(made).toBe(1);
    expect(s.location).toBe("s3://bucket-1/pre/fix");
    expect(typeof s.presignGet).toBe("function");
  });

  it("refuses a bad location before creating any client", () => {
    expect(() => openStorage("s3://Bad/x", noS3)).toThrow("is not a bucket name");
  });
});
