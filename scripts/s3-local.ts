// CLI: npm run s3:local - a local S3-compatible server (s3rver) for trying STORAGE_DRIVER=s3 on one machine, on
// S3RVER_PORT (default 3830) with the bucket S3_BUCKET (default "lumbar-local"), objects kept in DATA_DIR/s3rver.
// It does not check signatures: for development and tests only. Prints the variables to point the app at it.
import fs from "node:fs";
import path from "node:path";
import S3rver from "s3rver";

const port = Number(process.env.S3RVER_PORT ?? 3830);
const bucket = process.env.S3_BUCKET || "lumbar-local";
const directory = path.resolve(process.env.DATA_DIR ?? ".data", "s3rver");
fs.mkdirSync(directory, { recursive: true });
const server = new S3rver({
  port,
  address: "127.0.0.1",
  silent: true,
  directory,
  configureBuckets: [{ name: bucket, configs: [] }],
});
void server.run().then(() =>
  console.log(`s3rver on http://127.0.0.1:${port}, bucket "${bucket}", objects in ${directory}. Use:
  STORAGE_DRIVER=s3 S3_BUCKET=${bucket} S3_ENDPOINT=http://127.0.0.1:${port} S3_FORCE_PATH_STYLE=1 S3_ACCESS_KEY_ID=S3RVER S3_SECRET_ACCESS_KEY=S3RVER`),
);
for (const sig of ["SIGINT", "SIGTERM"] as const)
  process.on(sig, () => void server.close().then(() => process.exit(0)));
