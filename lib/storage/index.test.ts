// storageForStudy opens the storage a study's row names, with the S3 client only for an s3:// root.
import path from "node:path";
import { S3Client } from "@aws-sdk/client-s3";
import { describe, expect, it } from "vitest";
import { storageForStudy } from "./index";

describe("storageForStudy", () => {
  it("a local root opens the local driver without an S3 client", () => {
    const root = path.resolve("/srv/imports/pack");
    const s = storageForStudy({ storageRoot: root }, () => {
      throw new Error("no S3 client for a local root");
    });
    expect(s.location).toBe(root);
    expect(s.presignGet).toBeUndefined();
  });

  it("an s3:// root opens the S3 driver with the given client", () => {
    const s = storageForStudy(
      { storageRoot: "s3://studies-bucket/studies/ds/1.2.3" },
      () => new S3Client({ region: "us-east-1", endpoint: "http://127.0.0.1:3404" }),
    );
    expect(s.location).toBe("s3://studies-bucket/studies/ds/1.2.3");
    expect(typeof s.presignGet).toBe("function");
  });

  it("refuses a root that is neither form", () => {
    expect(() => storageForStudy({ storageRoot: "relative/dir" })).toThrow("neither an absolute folder");
  });
});
