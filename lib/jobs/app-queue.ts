// The web server's queue, one per process: sendMail() and the desk use it. Bound to the app's database client.
import "server-only";
import { db } from "../db";
import { env } from "../env";
import { createConfiguredQueue } from "./configured";
import type { JobQueue } from "./types";

const g = globalThis as unknown as { __jobQueue?: JobQueue };

export const appQueue = (): JobQueue => (g.__jobQueue ??= createConfiguredQueue(db, env));
