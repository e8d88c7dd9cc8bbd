// Starts a local S3-compatible server (s3rver) over real HTTP for tests and benchmarks. Port 0 (the default) lets
// parallel test files each have their own. Note: s3rver does not check signatures.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import S3rver from "s3rver";
import { createS3Client } from "../s3";

export interface LocalS3 {
  endpoint: string;
  bucket: string;
  settings: { endpoint: string; region: string; forcePathStyle: true; accessKeyId: string; secretAccessKey: string };
  client: ReturnType<typeof createS3Client>;
  stop(): Promise<void>;
}

export async function startLocalS3(bucket = "delivery-test", port = 0): Promise<LocalS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "s3rver-"));
  const server = new S3rver({
    port,
    address: "127.0.0.1",
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const addr = (await server.run()) as AddressInfo;
  const endpoint = `http://127.0.0.1:${addr.port}`;
  const settings = {
    endpoint,
    region: "us-east-1",
    forcePathStyle: true as const,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
  };
  const client = createS3Client(settings);
  return {
    endpoint,
    bucket,
    settings,
    client,
    async stop() {
      client.destroy();
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
