// A download server process for the real-process tests: serveObject around one stored object, recording each request
// in the database at DOWNLOAD_DB_URL, on DOWNLOAD_PORT (0: any free port). Prints {"port":N} when listening, so tests
// can kill it mid-download and start it again on the same port.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createPrismaClient } from "../../db/create-client";
import { openStorage } from "../../storage";
import { createS3Client } from "../../storage/s3";
import { sendResult, requestFrom } from "../node-adapter";
import { recordDownload } from "../record-download";
import { serveObject } from "../serve-object";
import { stallingStorage } from "./stalling-storage";

const need = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`download-server: ${name} is required`);
  return v;
};
const location = need("DOWNLOAD_LOCATION");
const key = need("DOWNLOAD_KEY");
const sha256 = process.env.DOWNLOAD_SHA256 || null;
const studyId = process.env.DOWNLOAD_STUDY_ID || null;
const db = process.env.DOWNLOAD_DB_URL ? createPrismaClient(process.env.DOWNLOAD_DB_URL) : null;
const s3 = () =>
  createS3Client({
    endpoint: process.env.S3_ENDPOINT,
    region: "us-east-1",
    forcePathStyle: true,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
  });
// DOWNLOAD_STALL_AFTER_BYTES=N: whole-file reads stop after N bytes (stalling-storage.ts), for the kill-mid-file test.
const storage = stallingStorage(openStorage(location, s3), Number(process.env.DOWNLOAD_STALL_AFTER_BYTES ?? 0));

const server = http.createServer((req, res) => {
  const startedAt = new Date();
  const ctx = {
    studyId,
    objectKey: key,
    ip: req.socket.remoteAddress ?? null,
    userAgent: req.headers["user-agent"] ?? null,
    startedAt,
  };
  serveObject(storage, key, requestFrom(req), {
    fileName: key.split("/").pop()!,
    contentType: "application/zip",
    sha256,
    presignSeconds: 120,
    onDone: (outcome) => {
      if (db) void recordDownload(db, ctx, outcome);
    },
  })
    .then((r) => sendResult(res, r))
    .catch((e: unknown) => {
      res.writeHead(500).end(String(e));
    });
});
server.listen(Number(process.env.DOWNLOAD_PORT ?? 0), "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
});
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.close(() => process.exit(0)));
