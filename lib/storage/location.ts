// How a study records where its files are: Study.storageRoot holds a storage location, either an absolute local
// folder (the embedded default: files stay where they were imported from) or `s3://bucket/prefix` (the S3 driver).
// File keys (Instance.fileKey, Study.reportKey) are relative to that location in both cases.
import path from "node:path";
import type { S3Client } from "@aws-sdk/client-s3";
import { createLocalStorage } from "./local";
import { createS3Storage } from "./s3";
import type { Storage } from "./types";

export type StorageLocation = { driver: "local"; root: string } | { driver: "s3"; bucket: string; prefix: string };

export function parseLocation(location: string): StorageLocation {
  if (location.startsWith("s3://")) {
    const rest = location.slice("s3://".length);
    const slash = rest.indexOf("/");
    const bucket = slash < 0 ? rest : rest.slice(0, slash);
    const prefix = slash < 0 ? "" : rest.slice(slash + 1).replace(/\/+$/, "");
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
      throw new Error(`storage location ${location}: "${bucket}" is not a bucket name`);
    if (prefix.split("/").some((s) => s === "." || s === "..") || prefix.startsWith("/"))
      throw new Error(`storage location ${location}: bad prefix`);
    return { driver: "s3", bucket, prefix };
  }
  if (!path.isAbsolute(location))
    throw new Error(`storage location "${location}" is neither an absolute folder nor s3://bucket/prefix`);
  return { driver: "local", root: location };
}

export const s3Location = (bucket: string, ...parts: (string | undefined)[]) =>
  `s3://${[bucket, ...parts.filter((p): p is string => !!p)].join("/")}`;

/** Opens the storage at `location`; `s3` supplies the client (from the environment in app/ and scripts/). */
export function openStorage(location: string, s3: () => S3Client): Storage {
  const loc = parseLocation(location);
  return loc.driver === "local" ? createLocalStorage(loc.root) : createS3Storage(s3(), loc.bucket, loc.prefix);
}
