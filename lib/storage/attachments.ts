// Where enquiry attachments live: the "attachments" folder in DATA_DIR (the local driver; an S3 driver can take its
// place behind the same interface).
import "server-only";
import path from "node:path";
import { env } from "../env";
import { createLocalStorage } from "./local";
import type { Storage } from "./types";

export const attachmentStorage = (): Storage => createLocalStorage(path.resolve(env.DATA_DIR, "attachments"));
