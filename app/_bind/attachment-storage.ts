// Where enquiry attachments live: with STORAGE_DRIVER=s3 under `<S3_PREFIX>/attachments/` in S3_BUCKET, so every app
// instance reads what any other stored; otherwise the "attachments" folder in DATA_DIR (one machine).
import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { s3Client } from "@/lib/storage/configured";
import { createLocalStorage } from "@/lib/storage/local";
import { openStorage, s3Location } from "@/lib/storage/location";
import type { Storage } from "@/lib/storage/types";

export const attachmentStorage = (): Storage =>
  env.STORAGE_DRIVER === "s3"
    ? openStorage(s3Location(env.S3_BUCKET!, env.S3_PREFIX, "attachments"), s3Client)
    : createLocalStorage(path.resolve(env.DATA_DIR, "attachments"));
